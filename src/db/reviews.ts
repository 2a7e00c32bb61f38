import { nowIso } from '../lib/learner/time';
import type { FailureModeRow, ReviewDocument } from '../lib/learner/types';
import type { LearnerDatabase } from './schema';
import { writeTransaction } from './write';

/** What an update may change. Section texts are merged key by key; the failure-mode table is replaced whole. */
export interface ReviewPatch {
  service?: string;
  sections?: Record<string, string>;
  failureModes?: FailureModeRow[];
}

/** Thrown when the document to change no longer exists (deleted in another tab). */
export class MissingReviewError extends Error {
  override readonly name = 'MissingReviewError';
}

/** Names a service and starts its empty review document. */
export function createReview(db: LearnerDatabase, service: string): Promise<ReviewDocument> {
  const name = service.trim();
  if (!name) return Promise.reject(new Error('Name the service before starting its review document.'));
  // reviews only: a new, independent record.
  return writeTransaction(db, [db.reviews], async () => {
    const at = nowIso();
    const doc: ReviewDocument = {
      id: crypto.randomUUID(),
      service: name,
      createdAt: at,
      updatedAt: at,
      sections: {},
      failureModes: [],
    };
    await db.reviews.add(doc);
    return doc;
  });
}

/**
 * Applies a change to a review document, read and written in one transaction.
 * Only the sections named in the patch change, so saving one section never
 * overwrites another edited elsewhere.
 */
export function updateReview(db: LearnerDatabase, id: string, patch: ReviewPatch): Promise<ReviewDocument> {
  // reviews only: one record changes.
  return writeTransaction(db, [db.reviews], async () => {
    const doc = await db.reviews.get(id);
    if (!doc) throw new MissingReviewError('this review document no longer exists (it was deleted in another tab)');
    const next: ReviewDocument = {
      ...doc,
      service: patch.service === undefined ? doc.service : patch.service.trim() || doc.service,
      sections: { ...doc.sections, ...patch.sections },
      failureModes: patch.failureModes ? patch.failureModes.map((row) => ({ ...row })) : doc.failureModes,
      updatedAt: nowIso(),
    };
    await db.reviews.put(next);
    return next;
  });
}

/** Deletes a review document. */
export function deleteReview(db: LearnerDatabase, id: string): Promise<void> {
  // reviews only; a scorecard of the same service is a separate record and stays.
  return writeTransaction(db, [db.reviews], async () => {
    await db.reviews.delete(id);
  });
}
