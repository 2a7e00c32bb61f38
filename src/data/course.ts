/**
 * The one place pages get course data from: the validated outline and the
 * published lessons, checked against each other. Pages call these in
 * getStaticPaths / frontmatter and stay free of logic.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import courseText from '../../content/course.yaml?raw';
import { lessonEntryProblems } from '../lib/course';
import { parseCourse } from '../lib/load-course';
import type { Course } from '../lib/schema/course';

export type LessonEntry = CollectionEntry<'lessons'>;

let cachedCourse: Course | undefined;

/** The validated course outline. */
export function getCourse(): Course {
  cachedCourse ??= parseCourse(courseText);
  return cachedCourse;
}

/** Published lessons in part order; throws (failing the build) on a misnamed or duplicate lesson. */
export async function getPublishedLessons(): Promise<LessonEntry[]> {
  const all = await getCollection('lessons');
  const problems = lessonEntryProblems(
    getCourse(),
    all.map((e) => ({ id: e.id, part: e.data.part, file: e.filePath })),
  );
  if (problems.length > 0) {
    throw new Error(`Lesson files are inconsistent with the outline:\n  - ${problems.join('\n  - ')}`);
  }
  return all.filter((e) => !e.data.draft).sort((a, b) => a.data.part - b.data.part);
}

/** Part numbers that have a published lesson. */
export async function getPublishedPartNumbers(): Promise<Set<number>> {
  return new Set((await getPublishedLessons()).map((l) => l.data.part));
}
