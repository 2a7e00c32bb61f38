/**
 * Shapes of the learner's data as stored in IndexedDB and in backups. Pure
 * types (no Dexie) so src/lib can compute with them and tests can build them.
 * Every id is a string so that records can later be synced without remapping.
 */
import type { MasteryAreaId } from '../mastery-areas';
import type { ReviewCategory, Severity } from '../schema/kata';

/** Reading progress of one lesson; id is `part-NN`. */
export interface LessonProgress {
  id: string;
  part: number;
  status: 'opened' | 'completed';
  firstOpenedAt: string;
  lastOpenedAt: string;
  completedAt?: string | undefined;
  /** Milliseconds of active reading (visible tab, recent input). */
  activeMs: number;
}

/** The learner's current code of an exercise; id is the exercise slug. */
export interface Draft {
  id: string;
  files: Record<string, string>;
  updatedAt: string;
  /** The code before the last reset, so a reset can be undone. */
  beforeReset?: { files: Record<string, string>; savedAt: string } | undefined;
}

/** One graded run of an exercise. */
export interface Attempt {
  id: string;
  exercise: string;
  at: string;
  engine: 'wasm' | 'native';
  /** Where the learner graded it: the page or StackBlitz ("Check my work"). */
  source: 'page' | 'stackblitz';
  status: 'ok' | 'failed' | 'compile-error' | 'panic' | 'timeout' | 'runtime-error';
  passed: boolean;
  tests: { name: string; status: 'pass' | 'fail' | 'skip'; elapsedMs: number }[];
  durationMs: number;
}

/** First passing attempt of an exercise; id is the exercise slug. */
export interface Solved {
  id: string;
  solvedAt: string;
  attemptId: string;
}

/** Practice on one calendar day (local time); id is YYYY-MM-DD. */
export interface ActivityDay {
  id: string;
  activeMs: number;
  attempts: number;
}

/** A dated self-assessment of the 13 mastery areas (1–5 each). */
export interface Assessment {
  id: string;
  at: string;
  scores: Partial<Record<MasteryAreaId, number>>;
  notes: Partial<Record<MasteryAreaId, string>>;
}

/** One task of a plan week. */
export interface PlanTask {
  id: string;
  kind: 'ship' | 'measure' | 'review' | 'refactor' | 'document' | 'lesson' | 'exercise' | 'practice';
  text: string;
  href?: string | undefined;
}

/** One dated week of the 12-week plan. */
export interface PlanWeek {
  index: number;
  start: string;
  end: string;
  project: string;
  theme: string;
  focusAreas: MasteryAreaId[];
  tasks: PlanTask[];
}

/** The learner's 12-week plan; there is one current plan, id "current". */
export interface StudyPlan {
  id: string;
  createdAt: string;
  updatedAt: string;
  startDate: string;
  assessmentId: string | null;
  weeks: PlanWeek[];
  /** Task id → when it was checked off. Kept across regeneration. */
  done: Record<string, string>;
  /** Week index (as string) → reflection note. Kept across regeneration. */
  reflections: Record<string, string>;
}

/** A production-readiness scorecard and skill-ladder placement for one service. */
export interface Scorecard {
  id: string;
  service: string;
  createdAt: string;
  updatedAt: string;
  /** Scorecard area id → 0, 1 or 2 (absent: not scored yet). */
  scores: Record<string, number>;
  /** Skill-ladder criterion id → checked. */
  ladder: Record<string, boolean>;
  /** Production-ready checklist item id → checked (content/rubrics/checklist.yaml). Since schema version 2. */
  checklist: Record<string, boolean>;
}

/** One row of a failure-mode table. */
export interface FailureModeRow {
  step: string;
  failure: string;
  userImpact: string;
  systemImpact: string;
  handling: string;
  observability: string;
  followUp: string;
}

/** A final engineering review document for one service. */
export interface ReviewDocument {
  id: string;
  service: string;
  createdAt: string;
  updatedAt: string;
  /** Section id → Markdown text. */
  sections: Record<string, string>;
  failureModes: FailureModeRow[];
}

/** A key–value setting. */
export interface Setting {
  id: string;
  value: string | number | boolean | null;
}

/** Bookkeeping about the database itself; one record, id "meta". */
export interface Meta {
  id: 'meta';
  createdAt: string;
  /** When anything was last written (used for the backup reminder). */
  lastChangeAt: string | null;
  lastBackupAt: string | null;
  persistence: 'unknown' | 'granted' | 'denied' | 'unsupported';
}

/** A comment the learner wrote in a review kata, on a line range of one file. */
export interface KataComment {
  id: string;
  file: string;
  /** First and last line, 1-based, inclusive. */
  start: number;
  end: number;
  category: ReviewCategory;
  severity: Severity;
  text: string;
}

/** The review of a kata the learner is writing; id is the kata slug. Since schema version 3. */
export interface KataDraft {
  id: string;
  comments: KataComment[];
  updatedAt: string;
}

/** A submitted review of a kata and how it was graded. Since schema version 3. */
export interface KataAttempt {
  id: string;
  kata: string;
  at: string;
  score: number;
  passed: boolean;
  found: number;
  otherCategory: number;
  missed: number;
  severityMatched: number;
  /** The comments as submitted. */
  comments: KataComment[];
  /** Per finding of the key: how it was matched and by which comment. */
  outcomes: {
    finding: string;
    match: 'found' | 'other-category' | 'missed';
    comment?: string | undefined;
    severityMatched: boolean;
  }[];
}

/** One review of a practice card: an immutable event, since schema version 3 (see src/lib/practice/schedule.ts). */
export type { ReviewEventRecord as ReviewEvent } from '../practice/schedule';
