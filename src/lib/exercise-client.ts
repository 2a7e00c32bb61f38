import type { Exercise } from './schema/exercise';

/**
 * What the in-page exercise needs, served as /exercises/<slug>.json so the
 * lesson's HTML stays small and the solution is only fetched with the rest
 * when the learner starts working.
 */
export interface ExerciseClientData {
  slug: string;
  title: string;
  files: string[];
  engines: ('wasm' | 'native')[];
  nativeOnlyReason: string | null;
  meta: Exercise['meta'];
  starter: Record<string, string>;
  solution: Record<string, string>;
  tests: Record<string, string>;
  /** kind: tests — the implementation the learner's tests run against (shown read-only). */
  subject: Record<string, string>;
  /** kind: tests — the faulty implementations (graded against, never shown as code). */
  faulty: Exercise['faulty'];
  hints: { title: string; html: string }[];
}

/** Shapes a validated exercise for the browser. */
export function toClientData(exercise: Exercise): ExerciseClientData {
  return {
    slug: exercise.meta.slug,
    title: exercise.meta.title,
    files: exercise.meta.files,
    engines: exercise.meta.engines,
    nativeOnlyReason: exercise.meta.nativeOnlyReason ?? null,
    meta: exercise.meta,
    starter: exercise.starter,
    solution: exercise.solution,
    tests: exercise.tests,
    subject: exercise.subject,
    faulty: exercise.faulty,
    hints: exercise.hints.map((h) => ({ title: h.title, html: h.html ?? '' })),
  };
}
