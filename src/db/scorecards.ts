import { isAreaScore } from '../lib/learner/scorecard';
import { nowIso } from '../lib/learner/time';
import type { Scorecard } from '../lib/learner/types';
import type { LearnerDatabase } from './schema';
import { writeTransaction } from './write';

/** What an update may change. Scores and boxes are merged key by key; a null score clears it. */
export interface ScorecardPatch {
  service?: string;
  scores?: Record<string, 0 | 1 | 2 | null>;
  ladder?: Record<string, boolean>;
  checklist?: Record<string, boolean>;
}

/** Thrown when the scorecard to change no longer exists (deleted in another tab). */
export class MissingScorecardError extends Error {
  override readonly name = 'MissingScorecardError';
}

/** Names a service and starts its empty scorecard. */
export function createScorecard(db: LearnerDatabase, service: string): Promise<Scorecard> {
  const name = service.trim();
  if (!name) return Promise.reject(new Error('Name the service before creating its scorecard.'));
  // scorecards only: a new, independent record.
  return writeTransaction(db, [db.scorecards], async () => {
    const at = nowIso();
    const card: Scorecard = {
      id: crypto.randomUUID(),
      service: name,
      createdAt: at,
      updatedAt: at,
      scores: {},
      ladder: {},
      checklist: {},
    };
    await db.scorecards.add(card);
    return card;
  });
}

/**
 * Applies a change to a scorecard. The record is read and written in one
 * transaction and only the keys in the patch change, so two quick changes —
 * or two tabs — never undo each other.
 */
export async function updateScorecard(db: LearnerDatabase, id: string, patch: ScorecardPatch): Promise<Scorecard> {
  for (const value of Object.values(patch.scores ?? {})) {
    if (value !== null && !isAreaScore(value)) throw new Error(`A score must be 0, 1 or 2, not ${String(value)}.`);
  }
  // scorecards only: one record changes.
  return writeTransaction(db, [db.scorecards], async () => {
    const card = await db.scorecards.get(id);
    if (!card) throw new MissingScorecardError('this scorecard no longer exists (it was deleted in another tab)');
    // Merge the patch key by key; null clears a score.
    const merged: Record<string, number | null> = { ...card.scores, ...patch.scores };
    const scores = Object.fromEntries(
      Object.entries(merged).filter((entry): entry is [string, number] => entry[1] !== null),
    );
    const service = patch.service === undefined ? card.service : patch.service.trim() || card.service;
    const next: Scorecard = {
      ...card,
      service,
      scores,
      ladder: { ...card.ladder, ...patch.ladder },
      checklist: { ...card.checklist, ...patch.checklist },
      updatedAt: nowIso(),
    };
    await db.scorecards.put(next);
    return next;
  });
}

/** Deletes a scorecard. */
export function deleteScorecard(db: LearnerDatabase, id: string): Promise<void> {
  // scorecards only; a review document of the same service is a separate record and stays.
  return writeTransaction(db, [db.scorecards], async () => {
    await db.scorecards.delete(id);
  });
}
