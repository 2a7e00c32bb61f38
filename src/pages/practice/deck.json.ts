import type { APIRoute } from 'astro';
import { getPracticeCards } from '../../data/practice';

// The header's count of cards waiting today needs only what scheduling reads, not the questions and answers.
export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await getPracticeCards()).map(({ id, kind, part }) => ({ id, kind, part }))), {
    headers: { 'Content-Type': 'application/json' },
  });
