/**
 * What the practice page and the header's count show, from the cards and the
 * learner's records: one computation, so the two can never disagree. Pure.
 */
import type { KataAttempt, LessonProgress, ReviewEvent, Solved } from '../learner/types';
import type { PracticeCard } from './cards';
import { cardEntries } from './entries';
import { cardStates, forecast, practiceQueue, reviewStreak } from './schedule';

export interface PracticeInputs {
  progress: readonly Pick<LessonProgress, 'id' | 'status' | 'completedAt'>[];
  solved: readonly Pick<Solved, 'id' | 'solvedAt'>[];
  kataAttempts: readonly Pick<KataAttempt, 'kata' | 'at'>[];
  events: readonly ReviewEvent[];
}

/** The card fields scheduling and retention need (/practice/deck.json: no prompts, no answers). */
export type DeckCard = Pick<PracticeCard, 'id' | 'kind' | 'part' | 'areas'>;

export function practiceView(cards: readonly DeckCard[], data: PracticeInputs, now: Date) {
  const states = cardStates(cardEntries(cards, data), data.events);
  return {
    states,
    queue: practiceQueue(states, data.events, now),
    week: forecast(states, now),
    streak: reviewStreak(data.events, now),
  };
}

/** Cards waiting today: the reviews due and today's new cards. */
export function waitingToday(cards: readonly DeckCard[], data: PracticeInputs, now: Date): number {
  const { queue } = practiceView(cards, data, now);
  return queue.due.length + queue.fresh.length;
}
