/**
 * What practice says about mastery: grades that the page measures for
 * exercises and katas redone from scratch, and per-area retention from the
 * review history. Pure.
 */
import type { MasteryAreaId } from '../mastery-areas';
import type { PracticeCard } from './cards';
import type { ReviewEventRecord, ReviewGrade } from './schedule';

/**
 * The grade of an exercise solved again from the starter, measured rather
 * than claimed: passing on the first run is Good, after failed runs Hard,
 * giving up Again. (Easy is not measurable from a pass, so it is not given.)
 */
export function exerciseGrade(outcome: { solved: boolean; failedRuns: number }): ReviewGrade {
  if (!outcome.solved) return 1;
  return outcome.failedRuns === 0 ? 3 : 2;
}

/** The grade of a kata reviewed again: a passed review with 90 or more is Easy, passed Good, 40 or more Hard, else Again. */
export function kataGrade(review: { score: number; passed: boolean }): ReviewGrade {
  if (review.passed) return review.score >= 90 ? 4 : 3;
  return review.score >= 40 ? 2 : 1;
}

/** Reviews in one area: how many were recalled (Good or Easy) of how many were done. */
export interface AreaRetention {
  recalled: number;
  of: number;
}

/**
 * Retention per area over every review of the area's cards (a card counts for
 * each of its areas): a question or kata is recalled when graded Good or Easy,
 * an exercise when it was solved again (Hard is a pass after failed runs).
 */
export function areaRetention(
  cards: readonly Pick<PracticeCard, 'id' | 'areas' | 'kind'>[],
  events: readonly Pick<ReviewEventRecord, 'card' | 'grade'>[],
): Partial<Record<MasteryAreaId, AreaRetention>> {
  const byId = new Map(cards.map((c) => [c.id, c]));
  const out: Partial<Record<MasteryAreaId, AreaRetention>> = {};
  for (const ev of events) {
    const card = byId.get(ev.card);
    if (!card) continue;
    const recalled = ev.grade >= (card.kind === 'exercise' ? 2 : 3);
    for (const area of card.areas) {
      const r = (out[area] ??= { recalled: 0, of: 0 });
      r.of++;
      if (recalled) r.recalled++;
    }
  }
  return out;
}

/** Fewest reviews before retention says anything, and the share below which it counts as low. */
export const LOW_RETENTION = { minReviews: 5, belowShare: 0.6 } as const;

/** True when an area has enough reviews and fewer than 60 % of them were recalled. */
export function retentionIsLow(r: AreaRetention | undefined): boolean {
  return r !== undefined && r.of >= LOW_RETENTION.minReviews && r.recalled / r.of < LOW_RETENTION.belowShare;
}
