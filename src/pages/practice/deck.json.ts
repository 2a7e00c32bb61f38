import type { APIRoute } from 'astro';
import { getPracticeCards } from '../../data/practice';

// The header's count and the mastery map's retention need only what scheduling and areas read, not the answers.
export const GET: APIRoute = async () =>
  new Response(
    JSON.stringify((await getPracticeCards()).map(({ id, kind, part, areas }) => ({ id, kind, part, areas }))),
    {
      headers: { 'Content-Type': 'application/json' },
    },
  );
