/**
 * Every table of the learner database, in backup order. The Dexie schema
 * (src/db/schema.ts) declares exactly these; the backup format and the import
 * preview are built from the same list, so a new table cannot be forgotten.
 */
export const TABLES = [
  'progress',
  'drafts',
  'attempts',
  'solved',
  'activity',
  'assessments',
  'plans',
  'scorecards',
  'reviews',
  'kataDrafts',
  'kataAttempts',
  'settings',
  'meta',
] as const;

/** One table name. */
export type TableName = (typeof TABLES)[number];

/** Tables a learner thinks of as their data (meta is the database's own bookkeeping). */
export const LEARNER_TABLES = TABLES.filter((t): t is Exclude<TableName, 'meta'> => t !== 'meta');
