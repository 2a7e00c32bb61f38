/**
 * The 13 areas of the personal mastery map. The ids are stable: lessons,
 * exercises and saved assessments refer to them, so never rename one.
 */
export const MASTERY_AREA_IDS = [
  'language',
  'packages',
  'errors',
  'testing',
  'concurrency',
  'runtime',
  'http',
  'database',
  'security',
  'observability',
  'resilience',
  'operations',
  'architecture',
] as const;

/** One of the 13 mastery area ids. */
export type MasteryAreaId = (typeof MASTERY_AREA_IDS)[number];
