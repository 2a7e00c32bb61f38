/** The real reference documents, parsed and validated, for tests of the logic that uses them. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseCourse } from '../../../src/lib/load-course';
import type { ReferenceData } from '../../../src/lib/reference';
import { cadenceSchema, masteryAreasSchema, nextProjectsSchema } from '../../../src/lib/schema/mastery';
import {
  checklistSchema,
  reviewDocumentSchema,
  scorecardSchema,
  skillLadderSchema,
} from '../../../src/lib/schema/rubrics';

const yaml = (path: string): unknown => parse(readFileSync(path, 'utf8'));

export const course = parseCourse(readFileSync('content/course.yaml', 'utf8'));

/** content/mastery and content/rubrics as the site loads them. */
export const reference: ReferenceData = {
  mastery: masteryAreasSchema({ partNumbers: new Set(course.parts.map((p) => p.part)) }).parse(
    yaml('content/mastery/areas.yaml'),
  ),
  cadence: cadenceSchema.parse(yaml('content/mastery/cadence.yaml')),
  projects: nextProjectsSchema.parse(yaml('content/mastery/next-projects.yaml')),
  scorecard: scorecardSchema.parse(yaml('content/rubrics/scorecard.yaml')),
  ladder: skillLadderSchema.parse(yaml('content/rubrics/skill-ladder.yaml')),
  checklist: checklistSchema.parse(yaml('content/rubrics/checklist.yaml')),
  reviewDocument: reviewDocumentSchema.parse(yaml('content/rubrics/review-document.yaml')),
};

/** The item at index i; fails the test (instead of a non-null assertion) when it is missing. */
export function item<T>(list: readonly T[], i: number): T {
  const value = list[i];
  if (value === undefined) throw new Error(`expected an item at index ${i}`);
  return value;
}
