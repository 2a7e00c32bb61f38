/**
 * Spaced retrieval: card state derived by replaying review events through
 * FSRS (ts-fsrs). Events are immutable facts ("on this day the learner graded
 * this card Good"), so two devices' histories merge by taking the union of
 * events, and state is always a pure function of them. Pure; no Dexie.
 */
import { createEmptyCard, fsrs, State, type Card, type Grade } from 'ts-fsrs';
import { localDay } from '../learner/time';
import { consecutiveDays } from '../learner/stats';

/** Again, Hard, Good, Easy: the learner's (or the tests') verdict on one retrieval. */
export type ReviewGrade = 1 | 2 | 3 | 4;
export const GRADE_LABELS: Record<ReviewGrade, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

/** One review as stored: immutable, with a random id so two devices never collide. */
export interface ReviewEventRecord {
  id: string;
  card: string;
  at: string;
  grade: ReviewGrade;
}

/** When a card joined the learner's queue: the lesson was completed, the exercise solved, the kata submitted. */
export interface CardEntry {
  card: string;
  enteredAt: string;
}

export interface CardState {
  card: string;
  fsrs: Card;
  reviews: number;
  /** When the card is next due (a new card: from the day after it entered). */
  due: Date;
  lastReview: Date | null;
  /** When the card was first reviewed (today's first reviews use up today's new-card allowance). */
  firstReview: Date | null;
}

/**
 * Day-based scheduling: no fuzz (so replaying is exact and tests are
 * deterministic) and no same-day learning steps (a learner practises once a
 * day; a forgotten card comes back within days, not minutes).
 */
const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });

/** The first instant of the local day after `instant`. */
export function startOfNextDay(instant: Date): Date {
  const next = new Date(instant);
  next.setHours(24, 0, 0, 0);
  return next;
}

/** The last instant of the local day of `instant`. */
export function endOfDay(instant: Date): Date {
  const end = new Date(instant);
  end.setHours(23, 59, 59, 999);
  return end;
}

/**
 * Events in replay order: by time, then id (two devices can record the same
 * instant), each id once (a merged history may hold an event twice).
 */
export function replayOrder(events: readonly ReviewEventRecord[]): ReviewEventRecord[] {
  const unique = [...new Map(events.map((e) => [e.id, e])).values()];
  // Code-unit order, not localeCompare: ISO times and uuids sort correctly by it, and it is
  // many times faster over a long history.
  const byCodeUnits = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return unique.sort((a, b) => byCodeUnits(a.at, b.at) || byCodeUnits(a.id, b.id));
}

/** Applies one review to a card's state: what happens live when the learner grades it. */
export function applyReview(state: CardState, event: ReviewEventRecord): CardState {
  const at = new Date(event.at);
  const next = scheduler.next(state.fsrs, at, event.grade as Grade).card;
  return {
    card: state.card,
    fsrs: next,
    reviews: state.reviews + 1,
    due: next.due,
    lastReview: at,
    firstReview: state.firstReview ?? at,
  };
}

/** A card that has entered and never been reviewed: due from the start of the next day. */
export function newCardState(card: string, enteredAt: Date): CardState {
  const due = startOfNextDay(enteredAt);
  return { card, fsrs: createEmptyCard(due), reviews: 0, due, lastReview: null, firstReview: null };
}

/**
 * The state of every reviewed card, by replaying the events in order. A
 * reviewed card's state depends on its events alone (FSRS does not read a new
 * card's due date), which is what lets a stored snapshot be extended with the
 * events recorded since (src/lib/practice/replay.ts).
 */
export function replayEvents(
  states: Map<string, CardState>,
  ordered: readonly ReviewEventRecord[],
): Map<string, CardState> {
  for (const ev of ordered) {
    const state = states.get(ev.card) ?? newCardState(ev.card, dayBefore(new Date(ev.at)));
    states.set(ev.card, applyReview(state, ev));
  }
  return states;
}

function dayBefore(at: Date): Date {
  const d = new Date(at);
  d.setDate(d.getDate() - 1);
  return d;
}

/**
 * Every card's state: the reviewed ones from their events, the others new
 * from the day after they entered (the earliest entry, when a card has several).
 */
export function statesWithEntries(
  reviewed: ReadonlyMap<string, CardState>,
  entries: readonly CardEntry[],
): Map<string, CardState> {
  const states = new Map(reviewed);
  const entered = new Map<string, Date>();
  for (const e of entries) {
    if (states.has(e.card)) continue;
    const at = new Date(e.enteredAt);
    const known = entered.get(e.card);
    if (!known || at < known) entered.set(e.card, at);
  }
  for (const [card, at] of entered) states.set(card, newCardState(card, at));
  return states;
}

/** Every card's state from its entries and the whole review history (replayed from the start). */
export function cardStates(
  entries: readonly CardEntry[],
  events: readonly ReviewEventRecord[],
): Map<string, CardState> {
  return statesWithEntries(replayEvents(new Map(), replayOrder(events)), entries);
}

export interface PracticeQueue {
  /** Reviewed before and due by the end of today, most overdue first. */
  due: string[];
  /** Never reviewed and entered before today, up to today's new-card limit, oldest first. */
  fresh: string[];
  /** New cards waiting beyond today's limit. */
  waiting: number;
}

/** How many new cards a day brings at most: a steady load beats a pile. */
export const NEW_CARDS_PER_DAY = 15;

export function practiceQueue(
  states: ReadonlyMap<string, CardState>,
  now: Date,
  newPerDay = NEW_CARDS_PER_DAY,
): PracticeQueue {
  const endToday = endOfDay(now);
  const today = localDay(now);
  const all = [...states.values()];
  // New cards already started today use up today's allowance.
  const startedToday = all.filter((s) => s.firstReview && localDay(s.firstReview) === today).length;
  const due = all
    .filter((s) => s.reviews > 0 && s.due <= endToday)
    .sort((a, b) => a.due.getTime() - b.due.getTime() || a.card.localeCompare(b.card))
    .map((s) => s.card);
  const newOnes = all
    .filter((s) => s.reviews === 0 && s.due <= now)
    .sort((a, b) => a.due.getTime() - b.due.getTime() || a.card.localeCompare(b.card));
  const room = Math.max(0, newPerDay - startedToday);
  return { due, fresh: newOnes.slice(0, room).map((s) => s.card), waiting: Math.max(0, newOnes.length - room) };
}

/** Reviews falling due on each of the next `days` days (today first), as [day, count]. */
export function forecast(states: ReadonlyMap<string, CardState>, now: Date, days = 7): [string, number][] {
  const out: [string, number][] = [];
  const cursor = new Date(now);
  for (let i = 0; i < days; i++) {
    const day = localDay(cursor);
    const end = endOfDay(cursor);
    const count = [...states.values()].filter(
      (s) => s.reviews > 0 && (i === 0 ? s.due <= end : localDay(s.due) === day),
    ).length;
    out.push([day, count]);
    cursor.setDate(cursor.getDate() + 1);
  }
  return out;
}

/** The local days (YYYY-MM-DD) with at least one review. */
export function reviewDays(events: readonly Pick<ReviewEventRecord, 'at'>[]): Set<string> {
  return new Set(events.map((e) => localDay(new Date(e.at))));
}

/** Consecutive days with at least one review, ending today (or yesterday, until today is over). */
export function reviewStreak(days: ReadonlySet<string>, now: Date): number {
  return consecutiveDays(days, localDay(now));
}

/** Whether FSRS considers the card in long-term review (not new). */
export const isReviewed = (s: CardState) => s.fsrs.state !== State.New;
