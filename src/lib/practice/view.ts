/**
 * What the practice page and the header's count show, from the cards and the
 * learner's records: one computation, so the two can never disagree. Pure.
 */
import type { KataAttempt, LessonProgress, Solved } from '../learner/types';
import type { PracticeCard } from './cards';
import { cardEntries } from './entries';
import type { ReplaySnapshot } from './replay';
import { forecast, practiceQueue, reviewStreak, statesWithEntries } from './schedule';

export interface PracticeInputs {
  progress: readonly Pick<LessonProgress, 'id' | 'status' | 'completedAt'>[];
  solved: readonly Pick<Solved, 'id' | 'solvedAt'>[];
  kataAttempts: readonly Pick<KataAttempt, 'kata' | 'at'>[];
  /** Every review replayed (src/db/practice.ts keeps it current). */
  replay: ReplaySnapshot;
}

/** The card fields scheduling and retention need (/practice/deck.json: no prompts, no answers). */
export type DeckCard = Pick<PracticeCard, 'id' | 'kind' | 'part' | 'areas'>;

export function practiceView(cards: readonly DeckCard[], data: PracticeInputs, now: Date) {
  const reviewed = new Map(data.replay.states.map((s) => [s.card, s]));
  const states = statesWithEntries(reviewed, cardEntries(cards, data));
  return {
    states,
    queue: practiceQueue(states, now),
    week: forecast(states, now),
    streak: reviewStreak(new Set(data.replay.days), now),
  };
}

/** Cards waiting today: the reviews due and today's new cards. */
export function waitingToday(cards: readonly DeckCard[], data: PracticeInputs, now: Date): number {
  const { queue } = practiceView(cards, data, now);
  return queue.due.length + queue.fresh.length;
}
