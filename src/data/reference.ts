/**
 * The reference data of the learner tools, for pages: the validated documents
 * of content/mastery and content/rubrics, and each mastery area's guide
 * (lessons and exercises). Anything missing or inconsistent fails the build
 * with a message naming the file.
 */
import { getCollection, getEntry, type CollectionKey } from 'astro:content';
import { areaGuides, referenceProblems, type AreaGuide, type ReferenceData } from '../lib/reference';
import { findingArea } from '../lib/schema/kata';
import { getCourse, getPublishedLessons } from './course';

type ReferenceKey = Extract<
  CollectionKey,
  'masteryAreas' | 'cadence' | 'nextProjects' | 'scorecard' | 'skillLadder' | 'checklist' | 'reviewDocument'
>;

const FILES: Record<ReferenceKey, string> = {
  masteryAreas: 'content/mastery/areas.yaml',
  cadence: 'content/mastery/cadence.yaml',
  nextProjects: 'content/mastery/next-projects.yaml',
  scorecard: 'content/rubrics/scorecard.yaml',
  skillLadder: 'content/rubrics/skill-ladder.yaml',
  checklist: 'content/rubrics/checklist.yaml',
  reviewDocument: 'content/rubrics/review-document.yaml',
};

// Astro's file() loader only logs a file it cannot parse and leaves the
// collection empty; this turns that into a build failure.
function required<T>(entry: { data: T } | undefined, key: ReferenceKey): T {
  if (!entry) throw new Error(`${FILES[key]} did not load: check that it exists and is valid YAML.`);
  return entry.data;
}

let cached: Promise<ReferenceData> | undefined;

/** Every reference document, validated and checked against each other. */
export function getReferenceData(): Promise<ReferenceData> {
  cached ??= (async () => {
    const data: ReferenceData = {
      mastery: required(await getEntry('masteryAreas', 'masteryAreas'), 'masteryAreas'),
      cadence: required(await getEntry('cadence', 'cadence'), 'cadence'),
      projects: required(await getEntry('nextProjects', 'nextProjects'), 'nextProjects'),
      scorecard: required(await getEntry('scorecard', 'scorecard'), 'scorecard'),
      ladder: required(await getEntry('skillLadder', 'skillLadder'), 'skillLadder'),
      checklist: required(await getEntry('checklist', 'checklist'), 'checklist'),
      reviewDocument: required(await getEntry('reviewDocument', 'reviewDocument'), 'reviewDocument'),
    };
    const problems = referenceProblems(data);
    if (problems.length > 0) throw new Error(`Reference data is inconsistent:\n  - ${problems.join('\n  - ')}`);
    return data;
  })();
  return cached;
}

/**
 * Each mastery area with its published lessons and reachable exercises. A
 * review kata counts as an exercise of its part's lesson, for the areas of
 * its own and of its findings: a passed review is evidence like a solved exercise.
 */
export async function getAreaGuides(): Promise<AreaGuide[]> {
  const [data, lessons, exercises, katas] = await Promise.all([
    getReferenceData(),
    getPublishedLessons(),
    getCollection('exercises'),
    getCollection('katas'),
  ]);
  return areaGuides(
    data.mastery.areas,
    getCourse(),
    lessons.map((l) => ({
      part: l.data.part,
      exercises: [...l.data.exercises, ...katas.filter((k) => k.data.meta.part === l.data.part).map((k) => k.id)],
    })),
    [
      ...exercises.map((e) => ({
        slug: e.data.meta.slug,
        title: e.data.meta.title,
        part: e.data.meta.part,
        mastery: e.data.meta.mastery,
      })),
      ...katas.map((k) => ({
        slug: k.data.meta.slug,
        title: k.data.meta.title,
        part: k.data.meta.part,
        mastery: [...new Set([...k.data.meta.mastery, ...k.data.key.findings.map(findingArea)])],
        kata: true,
      })),
    ],
  );
}
