/**
 * The learner-database benchmark cases (run by scripts/bench-db.mjs, which
 * loads this file through Vite so the extensionless imports of src/db work).
 * A realistic heavy learner — 35 lessons of progress, 10,000 graded runs —
 * in fake-indexeddb, timing what the learner waits for: the home dashboard,
 * an export and an import; and, in a second database, the practice page's
 * query over a long practice history (5,000 cards, 50,000 review events). fake-indexeddb is slower than a browser's
 * IndexedDB, so passing here leaves headroom in the browser.
 *
 * Each case has a baseline measured in the same run on the same database:
 * the bare storage work it cannot avoid (reading the same tables, dumping
 * every table to JSON, writing the same rows unvalidated, reading the
 * practice tables), so the ratio shows
 * what our code adds on top of IndexedDB on whatever machine runs it.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { exportBackup, importBackup } from '../../src/db/backup';
import { readDashboard } from '../../src/db/dashboard';
import { keepPracticeSnapshot, readPracticeInputs } from '../../src/db/practice';
import { LearnerDatabase } from '../../src/db/schema';
import { setStorageStatus } from '../../src/db/status';
import { outline } from '../../src/lib/course';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  parseBackupText,
  type BackupDocument,
} from '../../src/lib/learner/backup-format';
import { dashboardStats, type StatsExercise, type StatsStage } from '../../src/lib/learner/stats';
import { TABLES } from '../../src/lib/learner/tables';
import { localDay } from '../../src/lib/learner/time';
import type { Attempt, ReviewEvent } from '../../src/lib/learner/types';
import { parseCourse } from '../../src/lib/load-course';
import type { ReviewGrade } from '../../src/lib/practice/schedule';
import { practiceView, type DeckCard } from '../../src/lib/practice/view';

export interface BenchOptions {
  courseYaml: string;
  attempts: number;
  runs: { dashboard: number; export: number; import: number; practice: number };
  /** The practice history: cards in rotation and review events. */
  practice: { cards: number; events: number };
}

export interface BenchResult {
  records: { attempts: number; progress: number; exportBytes: number; cards: number; reviewEvents: number };
  dashboardMs: number[];
  exportMs: number[];
  importMs: number[];
  practiceMs: number[];
  /** The practice page with no stored snapshot: every event replayed. */
  practiceColdMs: number[];
  /** The bare storage work of each case (see the file comment). */
  baseline: {
    dashboardMs: number[];
    exportMs: number[];
    importMs: number[];
    practiceMs: number[];
    practiceColdMs: number[];
  };
}

const DAY_MS = 86_400_000;
const iso = (t: number) => new Date(t).toISOString();

/** A heavy learner's data: every part opened (most completed), `attempts` graded runs, a year of practice days. */
function heavyLearner(partNumbers: number[], exercises: StatsExercise[], attempts: number): BackupDocument {
  const start = Date.parse('2025-01-01T08:00:00.000Z');
  const progress = partNumbers.map((part, i) => ({
    id: `part-${String(part).padStart(2, '0')}`,
    part,
    status: i < partNumbers.length - 3 ? ('completed' as const) : ('opened' as const),
    firstOpenedAt: iso(start + i * DAY_MS),
    lastOpenedAt: iso(start + i * DAY_MS + 3_600_000),
    ...(i < partNumbers.length - 3 ? { completedAt: iso(start + i * DAY_MS + 3_600_000) } : {}),
    activeMs: 45 * 60_000,
  }));
  const runs: Attempt[] = Array.from({ length: attempts }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    exercise: exercises[i % exercises.length]?.slug ?? 'greeting',
    at: iso(start + i * 60_000),
    engine: 'wasm',
    source: 'page',
    status: i % 4 === 0 ? 'ok' : 'failed',
    passed: i % 4 === 0,
    tests: Array.from({ length: 5 }, (_, t) => ({
      name: `TestCase${t}/sub`,
      status: t < 3 ? 'pass' : 'fail',
      elapsedMs: 0.4,
    })),
    durationMs: 1800,
  }));
  const solved = exercises.map((e, i) => ({
    id: e.slug,
    solvedAt: iso(start + i * DAY_MS),
    attemptId: runs[i]?.id ?? 'x',
  }));
  const drafts = exercises.map((e, i) => ({
    id: e.slug,
    files: { 'main.go': `package main\n\n// draft ${i}\n${'func f() {}\n'.repeat(40)}` },
    updatedAt: iso(start + i * DAY_MS),
  }));
  const activity = Array.from({ length: 365 }, (_, d) => ({
    id: localDay(new Date(start + d * DAY_MS)),
    activeMs: 40 * 60_000,
    attempts: Math.floor(attempts / 365),
  }));
  const empty = {
    assessments: [],
    plans: [],
    scorecards: [],
    reviews: [],
    kataDrafts: [],
    kataAttempts: [],
    reviewEvents: [],
    settings: [],
    meta: [],
  };
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: iso(start + 400 * DAY_MS),
    data: { progress, drafts, attempts: runs, solved, activity, ...empty },
  };
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/** Seeds a database and times the dashboard read, export (read + JSON) and import (validate + write). */
export async function runDbBench(options: BenchOptions): Promise<BenchResult> {
  // Not the browser's persistent mode: no persistence request during the run.
  setStorageStatus({ mode: 'memory' });
  const course = parseCourse(options.courseYaml);
  const allParts = new Set(course.parts.map((p) => p.part));
  const stages: StatsStage[] = outline(course, allParts).map((s) => ({
    id: s.id,
    title: s.title,
    parts: s.parts.map((p) => ({ part: p.part, title: p.title, href: p.href })),
  }));
  const exercises: StatsExercise[] = Array.from({ length: 40 }, (_, i) => ({
    slug: `exercise-${i}`,
    part: (i % 35) + 1,
  }));
  const seed = heavyLearner([...allParts], exercises, options.attempts);

  const db = new LearnerDatabase('bench', { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  await importBackup(db, seed, 'replace');

  const today = localDay();
  const baseline = {
    dashboardMs: [] as number[],
    exportMs: [] as number[],
    importMs: [] as number[],
    practiceMs: [] as number[],
  };
  const dashboardMs: number[] = [];
  for (let i = 0; i < options.runs.dashboard; i++) {
    baseline.dashboardMs.push(await time(() => readDashboard(db)));
    dashboardMs.push(await time(async () => dashboardStats(stages, exercises, await readDashboard(db), today)));
  }

  const dumpAll = () =>
    db.transaction('r', db.tables, async () => {
      const rows = await Promise.all(TABLES.map((t) => db.table(t).toArray()));
      return JSON.stringify(Object.fromEntries(TABLES.map((t, i) => [t, rows[i]])));
    });
  const exportMs: number[] = [];
  let text = '';
  for (let i = 0; i < options.runs.export; i++) {
    baseline.exportMs.push(await time(dumpAll));
    exportMs.push(
      await time(async () => {
        text = JSON.stringify(await exportBackup(db));
      }),
    );
  }

  // Bare import: parse, clear and bulk-write the same rows, without validation or bookkeeping.
  const dump = await dumpAll();
  const writeAll = () => {
    const rows = JSON.parse(dump) as Record<string, unknown[]>;
    return db.transaction('rw', db.tables, async () => {
      for (const t of TABLES) {
        await db.table(t).clear();
        await db.table(t).bulkPut(rows[t] ?? []);
      }
    });
  };
  const importMs: number[] = [];
  for (let i = 0; i < options.runs.import; i++) {
    baseline.importMs.push(await time(writeAll));
    importMs.push(
      await time(async () => {
        const parsed = parseBackupText(text);
        if (!parsed.ok) throw new Error(`the exported file was refused: ${parsed.error}`);
        await importBackup(db, parsed.doc, 'replace');
      }),
    );
  }

  const records = {
    attempts: await db.attempts.count(),
    progress: await db.progress.count(),
    exportBytes: text.length,
  };
  db.close();

  const practiceColdMs: number[] = [];
  const practice = await practiceBench(options, [...allParts], baseline.practiceMs, practiceColdMs);
  return {
    records: { ...records, ...practice.records },
    dashboardMs,
    exportMs,
    importMs,
    practiceMs: practice.ms,
    practiceColdMs,
    baseline: { ...baseline, practiceColdMs: baseline.practiceMs },
  };
}

/**
 * The practice page's query: read the progress, solved and kata tables and
 * the stored replay snapshot plus the events after it, replay those through
 * FSRS, and build today's queue, the forecast and the streak. Timed as a
 * learner meets it: on a later visit (the snapshot stored by an earlier one,
 * today's 10 reviews after it), and on a first visit with no snapshot (every
 * event replayed). Baseline: reading the same tables bare, every event included.
 */
async function practiceBench(options: BenchOptions, parts: number[], baselineMs: number[], coldMs: number[]) {
  const start = Date.parse('2025-01-01T08:00:00.000Z');
  const deck: DeckCard[] = Array.from({ length: options.practice.cards }, (_, i) => ({
    id: `question:${parts[i % parts.length] ?? 1}:${String(i).padStart(5, '0')}`,
    kind: 'question',
    part: parts[i % parts.length] ?? 1,
    areas: ['concurrency'],
  }));
  const progress = parts.map((part) => ({
    id: `part-${String(part).padStart(2, '0')}`,
    part,
    status: 'completed' as const,
    firstOpenedAt: iso(start),
    lastOpenedAt: iso(start),
    completedAt: iso(start),
    activeMs: 60_000,
  }));
  // Each card reviewed in turn, a few minutes apart, for a year and more; mostly recalled.
  const grades: ReviewGrade[] = [3, 3, 4, 2, 3, 1, 3, 4];
  const event = (i: number): ReviewEvent => ({
    id: `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`,
    card: deck[i % deck.length]?.id ?? 'x',
    at: iso(start + DAY_MS + i * 15 * 60_000),
    grade: grades[i % grades.length] ?? 3,
  });
  const today = 10;
  const earlier = options.practice.events - today;
  const db = new LearnerDatabase('bench-practice', { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  await db.progress.bulkPut(progress);
  await db.reviewEvents.bulkPut(Array.from({ length: earlier }, (_, i) => event(i)));
  // An earlier visit stored the snapshot; today's reviews came after it.
  await keepPracticeSnapshot(db, await readPracticeInputs(db));
  await db.reviewEvents.bulkPut(Array.from({ length: today }, (_, i) => event(earlier + i)));
  const now = new Date(start + DAY_MS + options.practice.events * 15 * 60_000 + DAY_MS);
  const bare = () =>
    db.transaction('r', [db.progress, db.solved, db.kataAttempts, db.reviewEvents], () =>
      Promise.all([db.progress.toArray(), db.solved.toArray(), db.kataAttempts.toArray(), db.reviewEvents.toArray()]),
    );
  const ms: number[] = [];
  let states = 0;
  for (let i = 0; i < options.runs.practice; i++) {
    baselineMs.push(await time(bare));
    ms.push(
      await time(async () => {
        states = practiceView(deck, await readPracticeInputs(db), now).states.size;
      }),
    );
  }
  const snapshot = await db.practiceReplay.get('replay');
  for (let i = 0; i < Math.min(3, options.runs.practice); i++) {
    await db.practiceReplay.clear();
    coldMs.push(await time(async () => practiceView(deck, await readPracticeInputs(db), now)));
  }
  if (snapshot) await db.practiceReplay.put(snapshot);
  const records = { cards: states, reviewEvents: await db.reviewEvents.count() };
  db.close();
  return { records, ms };
}
