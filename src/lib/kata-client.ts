import type { Kata, ReviewCategory, Severity } from './schema/kata';

/**
 * What the in-page review kata needs, served as /katas/<slug>.json so the
 * lesson's HTML stays small. The answer key travels with it: it is shown
 * finding by finding once the learner submits a review.
 */
export interface KataClientData {
  slug: string;
  title: string;
  files: string[];
  review: Record<string, string>;
  /** The code before the change, per file; empty when the kata reviews whole files, not a diff. */
  before: Record<string, string>;
  findings: {
    id: string;
    file: string;
    lines: [number, number];
    category: ReviewCategory;
    severity: Severity;
    title: string;
    html: string;
    proven: boolean;
  }[];
}

/** Shapes a validated kata for the browser. */
export function toKataClientData(kata: Kata): KataClientData {
  return {
    slug: kata.meta.slug,
    title: kata.meta.title,
    files: kata.meta.files,
    review: Object.fromEntries(kata.meta.files.map((f) => [f, kata.review[f] ?? ''])),
    before: kata.before,
    findings: kata.key.findings.map((f) => ({
      id: f.id,
      file: f.file,
      lines: f.lines,
      category: f.category,
      severity: f.severity,
      title: f.title,
      html: f.html ?? '',
      proven: f.test !== undefined,
    })),
  };
}
