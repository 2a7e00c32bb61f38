/**
 * The rules of the mastery map: which assessment is the latest, what the
 * learner should focus on next, and how self-scores compare with the evidence
 * of solved exercises. Pure; the island and the plan generator use these.
 */
import { MASTERY_AREA_IDS, type MasteryAreaId } from '../mastery-areas';
import type { Assessment } from './types';

/** Lowest and highest self-score. */
export const MIN_SCORE = 1;
export const MAX_SCORE = 5;

/** Areas scored below this are where to focus next. */
export const FOCUS_BELOW = 4;

/** True for a valid self-score: a whole number from 1 to 5. */
export function isScore(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_SCORE && value <= MAX_SCORE;
}

/**
 * Cleans what the form holds into what is stored: only known areas, only valid
 * scores, notes trimmed and empty ones dropped. Throws when nothing is scored,
 * because an empty assessment would only clutter the history.
 */
export function assessmentInput(
  scores: Partial<Record<string, number | undefined>>,
  notes: Partial<Record<string, string | undefined>>,
): Pick<Assessment, 'scores' | 'notes'> {
  const cleanScores: Assessment['scores'] = {};
  const cleanNotes: Assessment['notes'] = {};
  for (const id of MASTERY_AREA_IDS) {
    const score = scores[id];
    if (isScore(score)) cleanScores[id] = score;
    const note = notes[id]?.trim();
    if (note) cleanNotes[id] = note;
  }
  if (Object.keys(cleanScores).length === 0) {
    throw new Error('Score at least one area before saving: pick a number from 1 to 5.');
  }
  return { scores: cleanScores, notes: cleanNotes };
}

/** Assessments newest first (ties broken by id, so the order never flickers). */
export function newestFirst(assessments: readonly Assessment[]): Assessment[] {
  return [...assessments].sort((a, b) => (a.at === b.at ? b.id.localeCompare(a.id) : b.at.localeCompare(a.at)));
}

/** How many of the exercises available in an area the learner has solved. */
export interface AreaEvidence {
  solved: number;
  available: number;
}

/** Evidence for one area: exercises solved among those available. */
export function areaEvidence(exercises: readonly { slug: string }[], solved: ReadonlySet<string>): AreaEvidence {
  return { solved: exercises.filter((e) => solved.has(e.slug)).length, available: exercises.length };
}

/**
 * When a self-score and the evidence disagree:
 * - `above`: scored 4 or 5 while fewer than half of the area's exercises are solved;
 * - `below`: scored 1 or 2 while at least three quarters of them are solved.
 * No flag without a score, or when the area has no exercises to solve (no
 * evidence is not counter-evidence). A score of 3 never disagrees: it is the
 * honest middle. The flag is a prompt to look again, never a correction.
 */
export type EvidenceFlag = 'above' | 'below' | null;

export const ABOVE_EVIDENCE = { minScore: 4, maxSolvedShare: 0.5 } as const;
export const BELOW_EVIDENCE = { maxScore: 2, minSolvedShare: 0.75 } as const;

/**
 * The disagreement between a self-score and the evidence; see EvidenceFlag
 * for the rule. `lowRetention` (from spaced practice, see
 * src/lib/practice/evidence.ts) also makes a score of 4 or 5 disagree: the
 * area was learned, but the reviews show it is not remembered.
 */
export function evidenceFlag(score: number | undefined, evidence: AreaEvidence, lowRetention = false): EvidenceFlag {
  if (isScore(score) && score >= ABOVE_EVIDENCE.minScore && lowRetention) return 'above';
  if (!isScore(score) || evidence.available === 0) return null;
  const share = evidence.solved / evidence.available;
  if (score >= ABOVE_EVIDENCE.minScore && share < ABOVE_EVIDENCE.maxSolvedShare) return 'above';
  if (score <= BELOW_EVIDENCE.maxScore && share >= BELOW_EVIDENCE.minSolvedShare) return 'below';
  return null;
}

/** An area to focus on next. */
export interface FocusArea {
  id: MasteryAreaId;
  score: number;
}

/**
 * Every scored area below 4, weakest first. Equal scores: the area with the
 * smaller share of solved exercises first (an area without exercises counts as
 * none solved, since nothing backs it up yet), then the map's order.
 * Unscored areas are left out: there is nothing to compare.
 */
export function focusAreas(
  scores: Assessment['scores'],
  evidence: Partial<Record<MasteryAreaId, AreaEvidence>> = {},
): FocusArea[] {
  const share = (id: MasteryAreaId) => {
    const e = evidence[id];
    return e && e.available > 0 ? e.solved / e.available : 0;
  };
  return MASTERY_AREA_IDS.flatMap((id, order) => {
    const score = scores[id];
    return isScore(score) && score < FOCUS_BELOW ? [{ id, score, order }] : [];
  })
    .sort((a, b) => a.score - b.score || share(a.id) - share(b.id) || a.order - b.order)
    .map(({ id, score }) => ({ id, score }));
}

/** Mean of the scored areas, to one decimal, or null when none is scored. */
export function meanScore(scores: Assessment['scores']): number | null {
  const values = MASTERY_AREA_IDS.map((id) => scores[id]).filter(isScore);
  if (values.length === 0) return null;
  return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
}
