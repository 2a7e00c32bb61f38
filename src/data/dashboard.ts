/**
 * What the home-page dashboard island needs from the build: the outline
 * (parts with their link, or null while unpublished) and every exercise with
 * its part. Trimmed to those fields, since island props are inlined in the HTML.
 */
import { getCollection } from 'astro:content';
import { outline } from '../lib/course';
import type { StatsExercise, StatsStage } from '../lib/learner/stats';
import { getCourse, getPublishedPartNumbers } from './course';

export async function getDashboardProps(): Promise<{ stages: StatsStage[]; exercises: StatsExercise[] }> {
  const stages = outline(getCourse(), await getPublishedPartNumbers()).map((stage) => ({
    id: stage.id,
    title: stage.title,
    parts: stage.parts.map((p) => ({ part: p.part, title: p.title, href: p.href })),
  }));
  const exercises = (await getCollection('exercises')).map((e) => ({ slug: e.data.meta.slug, part: e.data.meta.part }));
  return { stages, exercises };
}
