import { assessmentInput } from '../lib/learner/mastery';
import { nowIso } from '../lib/learner/time';
import type { Assessment } from '../lib/learner/types';
import type { LearnerDatabase } from './schema';
import { writeTransaction } from './write';

/**
 * Saves a new dated self-assessment of the mastery areas. Every save adds a
 * record (never overwrites one), so the history of the map is kept. Throws
 * before touching storage when nothing is scored.
 */
export async function saveAssessment(
  db: LearnerDatabase,
  scores: Partial<Record<string, number | undefined>>,
  notes: Partial<Record<string, string | undefined>>,
): Promise<Assessment> {
  const input = assessmentInput(scores, notes);
  // assessments only: an assessment stands alone; the plan reads it when the learner regenerates.
  return writeTransaction(db, [db.assessments], async () => {
    const stored: Assessment = { id: crypto.randomUUID(), at: nowIso(), ...input };
    await db.assessments.add(stored);
    return stored;
  });
}
