/**
 * Grades a learner's code review against a kata's answer key. Pure.
 *
 * A comment earns a finding when it is on the same file, its lines overlap
 * the finding's or touch them (a comment on the line just above or below
 * counts: reviewers often anchor on a neighbouring line), and it is not much
 * wider than the finding (so one comment on a whole file cannot claim everything). The right category earns full
 * credit, another category half. Each comment earns at most one finding and
 * each finding is earned at most once, pairing the strongest matches first.
 * Severity is scored separately, over the findings that were earned. Comments
 * that earn nothing cost nothing: they are listed as "not in the key".
 */
import type { KataComment } from './learner/types';
import type { Finding } from './schema/kata';

/** One comment the learner wrote on a line range of a file (as stored: see KataComment). */
export type ReviewCommentDraft = KataComment;

export type FindingMatch = 'found' | 'other-category' | 'missed';

export interface FindingOutcome {
  finding: string;
  match: FindingMatch;
  /** The learner's comment that earned it. */
  comment?: string | undefined;
  /** Whether that comment's severity is the key's (false when missed). */
  severityMatched: boolean;
}

export interface ReviewGrade {
  outcomes: FindingOutcome[];
  /** Ids of comments that earned no finding. */
  notInKey: string[];
  /** 0–100: full credit per finding found with the right category, half with another. */
  score: number;
  found: number;
  otherCategory: number;
  missed: number;
  /** Earned findings whose severity the learner also got right, of all earned findings. */
  severity: { matched: number; of: number };
  /** Every blocking finding earned (in any category) and a score of at least PASS_SCORE. */
  passed: boolean;
}

/** A comment may be this many lines wider than the finding it earns. */
export const MAX_EXTRA_LINES = 10;
/** A comment this many lines above or below a finding still counts as on it. */
export const NEAR_LINES = 1;
/** Score a review needs to pass (with every blocking finding found). */
export const PASS_SCORE = 60;

type KeyFinding = Pick<Finding, 'id' | 'file' | 'lines' | 'category' | 'severity'>;

/** Lines shared by the comment and the finding widened by NEAR_LINES on each side. */
function overlap(c: ReviewCommentDraft, f: KeyFinding): number {
  const from = Math.max(c.start, f.lines[0] - NEAR_LINES);
  const to = Math.min(c.end, f.lines[1] + NEAR_LINES);
  return Math.max(0, to - from + 1);
}

/** Whether the comment is on the finding's code and not much wider than it. */
export function commentCovers(c: ReviewCommentDraft, f: KeyFinding): boolean {
  if (c.file !== f.file || overlap(c, f) === 0) return false;
  return c.end - c.start <= f.lines[1] - f.lines[0] + MAX_EXTRA_LINES;
}

export function gradeReview(findings: KeyFinding[], comments: ReviewCommentDraft[]): ReviewGrade {
  const pairs = findings.flatMap((f, fi) =>
    comments.flatMap((c, ci) =>
      commentCovers(c, f)
        ? [{ fi, ci, credit: c.category === f.category ? 1 : 0.5, overlap: overlap(c, f), width: c.end - c.start }]
        : [],
    ),
  );
  // Strongest pairs first: the right category, then more shared lines, then the narrower comment.
  pairs.sort((a, b) => b.credit - a.credit || b.overlap - a.overlap || a.width - b.width || a.fi - b.fi || a.ci - b.ci);
  const byFinding = new Map<number, number>();
  const used = new Set<number>();
  for (const p of pairs) {
    if (byFinding.has(p.fi) || used.has(p.ci)) continue;
    byFinding.set(p.fi, p.ci);
    used.add(p.ci);
  }
  const outcomes: FindingOutcome[] = findings.map((f, fi) => {
    const ci = byFinding.get(fi);
    const c = ci === undefined ? undefined : comments[ci];
    if (!c) return { finding: f.id, match: 'missed', severityMatched: false };
    return {
      finding: f.id,
      match: c.category === f.category ? 'found' : 'other-category',
      comment: c.id,
      severityMatched: c.severity === f.severity,
    };
  });
  const found = outcomes.filter((o) => o.match === 'found').length;
  const otherCategory = outcomes.filter((o) => o.match === 'other-category').length;
  const score = findings.length === 0 ? 0 : Math.round((100 * (found + otherCategory / 2)) / findings.length);
  const blockingMissed = findings.some((f, i) => f.severity === 'blocking' && outcomes[i]?.match === 'missed');
  return {
    outcomes,
    notInKey: comments.filter((_, ci) => !used.has(ci)).map((c) => c.id),
    score,
    found,
    otherCategory,
    missed: findings.length - found - otherCategory,
    severity: { matched: outcomes.filter((o) => o.severityMatched).length, of: found + otherCategory },
    passed: !blockingMissed && score >= PASS_SCORE,
  };
}
