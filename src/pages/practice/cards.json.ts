import type { APIRoute } from 'astro';
import { getPracticeCards } from '../../data/practice';

// The practice page loads its cards on demand: the answers of every question would make its HTML heavy.
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getPracticeCards()), { headers: { 'Content-Type': 'application/json' } });
