import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { toKataClientData } from '../../lib/kata-client';

export const getStaticPaths = (async () => {
  const katas = await getCollection('katas');
  return katas.map((entry) => ({ params: { slug: entry.id }, props: { kata: entry.data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(toKataClientData(props['kata'])), { headers: { 'Content-Type': 'application/json' } });
