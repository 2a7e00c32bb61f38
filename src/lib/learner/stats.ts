/**
 * The numbers on the home-page dashboard, computed from the learner's records
 * and the course outline. Pure: the island reads the tables and passes them in.
 *
 * Practice time is the sum of active time over practice days (activity.activeMs).
 * Graded runs happen on lesson pages while the learner is typing, so their
 * time is already inside the active reading time; adding attempt durations
 * would count the same minutes twice, so they are not added.
 */
import type { ActivityDay, LessonProgress, Solved } from './types';

/** The series is built around a 20-hour launchpad of deliberate practice. */
export const LAUNCHPAD_MS = 20 * 60 * 60 * 1000;

/** A day counts towards the streak with at least this much active time, or one graded run. */
export const PRACTICE_DAY_MIN_MS = 60_000;

/** A part as the dashboard needs it; href is null while the lesson is not published. */
export interface StatsPart {
  part: number;
  title: string;
  href: string | null;
}

/** A stage of the outline with its parts in course order. */
export interface StatsStage {
  id: string;
  title: string;
  parts: StatsPart[];
}

/** A graded exercise; it is available when its part is published. */
export interface StatsExercise {
  slug: string;
  part: number;
}

/** The tables the dashboard reads. */
export interface DashboardRecords {
  progress: readonly LessonProgress[];
  solved: readonly Solved[];
  activity: readonly ActivityDay[];
}

export interface StageStats {
  id: string;
  title: string;
  completed: number;
  published: number;
  total: number;
}

/** Where "continue" leads: back into an unfinished lesson, or on to the next unread one. */
export interface ContinueAt {
  part: number;
  title: string;
  href: string;
  reason: 'resume' | 'next';
}

export interface DashboardStats {
  stages: StageStats[];
  partsCompleted: number;
  partsPublished: number;
  exercisesSolved: number;
  exercisesAvailable: number;
  practiceMs: number;
  streakDays: number;
  practisedToday: boolean;
  continueAt: ContinueAt | null;
}

/** Parts completed per stage, counting every part of the stage (published or not) as its total. */
export function stageStats(stages: readonly StatsStage[], progress: readonly LessonProgress[]): StageStats[] {
  const completed = new Set(progress.filter((p) => p.status === 'completed').map((p) => p.part));
  return stages.map((stage) => ({
    id: stage.id,
    title: stage.title,
    completed: stage.parts.filter((p) => completed.has(p.part)).length,
    published: stage.parts.filter((p) => p.href !== null).length,
    total: stage.parts.length,
  }));
}

/** Solved exercises among those the learner can reach (their lesson is published), and how many that is. */
export function exerciseStats(
  exercises: readonly StatsExercise[],
  publishedParts: ReadonlySet<number>,
  solved: readonly Solved[],
): { solved: number; available: number } {
  const available = exercises.filter((e) => publishedParts.has(e.part));
  const solvedIds = new Set(solved.map((s) => s.id));
  return { solved: available.filter((e) => solvedIds.has(e.slug)).length, available: available.length };
}

/** Total active practice time in milliseconds. */
export function practiceMs(activity: readonly ActivityDay[]): number {
  return activity.reduce((sum, day) => sum + day.activeMs, 0);
}

/** The calendar day before a YYYY-MM-DD day (calendar arithmetic, so DST never skips a day). */
export function previousDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) - 1));
  return date.toISOString().slice(0, 10);
}

/** True when a day had enough practice to count for the streak. */
export function isPracticeDay(day: ActivityDay): boolean {
  return day.activeMs >= PRACTICE_DAY_MIN_MS || day.attempts > 0;
}

/**
 * Consecutive practice days ending today, or ending yesterday when the
 * learner has not practised yet today (the streak is not lost until the day is over).
 */
export function practiceStreak(activity: readonly ActivityDay[], today: string): number {
  return consecutiveDays(new Set(activity.filter(isPracticeDay).map((d) => d.id)), today);
}

/** Consecutive days of `days` (YYYY-MM-DD) ending today, or ending yesterday when today is not one yet. */
export function consecutiveDays(days: ReadonlySet<string>, today: string): number {
  let day = days.has(today) ? today : previousDay(today);
  let streak = 0;
  while (days.has(day)) {
    streak++;
    day = previousDay(day);
  }
  return streak;
}

/**
 * Continue where you left off: the most recently opened lesson that is not
 * complete; else the first published part never opened; else null (all done).
 */
export function continueAt(stages: readonly StatsStage[], progress: readonly LessonProgress[]): ContinueAt | null {
  const published = stages.flatMap((s) => s.parts).filter((p): p is StatsPart & { href: string } => p.href !== null);
  const byPart = new Map(published.map((p) => [p.part, p]));
  const unfinished = progress
    .filter((p) => p.status !== 'completed' && byPart.has(p.part))
    .sort((a, b) => b.lastOpenedAt.localeCompare(a.lastOpenedAt))[0];
  if (unfinished) {
    const part = byPart.get(unfinished.part);
    if (part) return { part: part.part, title: part.title, href: part.href, reason: 'resume' };
  }
  const opened = new Set(progress.map((p) => p.part));
  const next = [...published].sort((a, b) => a.part - b.part).find((p) => !opened.has(p.part));
  return next ? { part: next.part, title: next.title, href: next.href, reason: 'next' } : null;
}

/** Everything the dashboard shows. `today` is the learner's local day (YYYY-MM-DD). */
export function dashboardStats(
  stages: readonly StatsStage[],
  exercises: readonly StatsExercise[],
  records: DashboardRecords,
  today: string,
): DashboardStats {
  const perStage = stageStats(stages, records.progress);
  const publishedParts = new Set(
    stages
      .flatMap((s) => s.parts)
      .filter((p) => p.href !== null)
      .map((p) => p.part),
  );
  const exercisesDone = exerciseStats(exercises, publishedParts, records.solved);
  const todayRecord = records.activity.find((d) => d.id === today);
  return {
    stages: perStage,
    partsCompleted: perStage.reduce((n, s) => n + s.completed, 0),
    partsPublished: publishedParts.size,
    exercisesSolved: exercisesDone.solved,
    exercisesAvailable: exercisesDone.available,
    practiceMs: practiceMs(records.activity),
    streakDays: practiceStreak(records.activity, today),
    practisedToday: todayRecord ? isPracticeDay(todayRecord) : false,
    continueAt: continueAt(stages, records.progress),
  };
}

/** A duration for people: "less than a minute", "12 min", "3 h 5 min". */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  if (minutes < 1) return 'less than a minute';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${minutes} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** Hours with one decimal, rounded down so the learner never sees more than they did: "2.5". */
export function formatHours(ms: number): string {
  return (Math.floor((Math.max(0, ms) / 3_600_000) * 10) / 10).toFixed(1);
}
