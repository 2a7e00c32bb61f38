import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { toClientData } from '../../lib/exercise-client';

export const getStaticPaths = (async () => {
  const exercises = await getCollection('exercises');
  return exercises.map((entry) => ({ params: { slug: entry.id }, props: { exercise: entry.data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(toClientData(props['exercise'])), { headers: { 'Content-Type': 'application/json' } });
