/**
 * When each card joined the learner's queue, derived from what they already
 * did: a lesson's questions when the lesson was completed, an exercise when
 * it was solved, a kata when a review of it was first submitted. Derived
 * rather than stored, so a merged backup can never disagree with it. Pure.
 */
import { padPart } from '../course';
import type { KataAttempt, LessonProgress, Solved } from '../learner/types';
import { exerciseCardId, kataCardId, type PracticeCard } from './cards';
import type { CardEntry } from './schedule';

export function cardEntries(
  cards: readonly Pick<PracticeCard, 'id' | 'kind' | 'part'>[],
  data: {
    progress: readonly Pick<LessonProgress, 'id' | 'status' | 'completedAt'>[];
    solved: readonly Pick<Solved, 'id' | 'solvedAt'>[];
    kataAttempts: readonly Pick<KataAttempt, 'kata' | 'at'>[];
  },
): CardEntry[] {
  const completed = new Map(
    data.progress.filter((p) => p.status === 'completed' && p.completedAt).map((p) => [p.id, p.completedAt ?? '']),
  );
  const solved = new Map(data.solved.map((s) => [s.id, s.solvedAt]));
  const firstReview = new Map<string, string>();
  for (const a of data.kataAttempts) {
    const known = firstReview.get(a.kata);
    if (!known || a.at < known) firstReview.set(a.kata, a.at);
  }
  const entries: CardEntry[] = [];
  for (const card of cards) {
    let at: string | undefined;
    if (card.kind === 'question') at = completed.get(`part-${padPart(card.part)}`);
    else if (card.kind === 'exercise') at = solved.get(card.id.slice(exerciseCardId('').length));
    else at = firstReview.get(card.id.slice(kataCardId('').length));
    if (at) entries.push({ card: card.id, enteredAt: at });
  }
  return entries;
}
