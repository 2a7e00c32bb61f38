import { describe, expect, it } from 'vitest';
import {
  applyReview,
  cardStates,
  forecast,
  newCardState,
  practiceQueue,
  reviewDays,
  reviewStreak,
  type ReviewEventRecord,
  type ReviewGrade,
} from '../../../src/lib/practice/schedule';

// Local times (no Z): the schedule works in the learner's calendar days.
const at = (s: string) => new Date(s);
let n = 0;
const ev = (card: string, when: string, grade: ReviewGrade): ReviewEventRecord => ({
  id: `e${String(++n).padStart(4, '0')}`,
  card,
  at: at(when).toISOString(),
  grade,
});
const days = (a: Date, b: Date) => Math.round((b.getTime() - a.getTime()) / 86_400_000);

/** Reviews a card on each due date with the given grades; returns the events and each interval in days. */
function reviewOnTime(card: string, entered: string, grades: ReviewGrade[]) {
  let state = newCardState(card, at(entered));
  const events: ReviewEventRecord[] = [];
  const intervals: number[] = [];
  for (const g of grades) {
    const when = new Date(state.due);
    when.setHours(9);
    const e = ev(card, when.toString(), g);
    events.push(e);
    state = applyReview(state, e);
    intervals.push(days(when, state.due));
  }
  return { events, intervals, state };
}

describe('scheduling with FSRS on a fixed clock', () => {
  it('makes a card due from the day after it entered', () => {
    const s = newCardState('q', at('2026-03-10T20:00:00'));
    expect(s.due).toEqual(at('2026-03-11T00:00:00'));
    expect(s.reviews).toBe(0);
  });

  it('grows the interval with each Good', () => {
    const { intervals } = reviewOnTime('q', '2026-03-10T12:00:00', [3, 3, 3, 3]);
    for (let i = 1; i < intervals.length; i++) expect(intervals[i]).toBeGreaterThan(intervals[i - 1] ?? 0);
    expect(intervals[0]).toBeGreaterThanOrEqual(1);
  });

  it('drops back to a short interval after Again', () => {
    const { intervals } = reviewOnTime('q', '2026-03-10T12:00:00', [3, 3, 3, 1]);
    expect(intervals[3]).toBeLessThan(intervals[2] ?? 0);
    expect(intervals[3]).toBeLessThanOrEqual(5);
  });

  it('gives Easy a longer interval than Good, and Good a longer one than Hard', () => {
    const after = (g: ReviewGrade) => reviewOnTime('q', '2026-03-10T12:00:00', [3, g]).intervals[1] ?? 0;
    expect(after(4)).toBeGreaterThan(after(3));
    expect(after(3)).toBeGreaterThan(after(2));
  });

  it('gets the same state by replaying the events as by applying them live', () => {
    const { events, state } = reviewOnTime('q', '2026-03-10T12:00:00', [3, 2, 1, 3, 4, 3]);
    const replayed = cardStates([{ card: 'q', enteredAt: at('2026-03-10T12:00:00').toISOString() }], events).get('q');
    expect(replayed).toEqual(state);
  });

  it('gives a union of two devices’ histories one state whatever the order, counting a duplicated event once', () => {
    const a = reviewOnTime('a', '2026-03-10T12:00:00', [3, 3, 1]).events;
    const b = reviewOnTime('b', '2026-03-10T12:00:00', [2, 3]).events;
    const entries = ['a', 'b'].map((card) => ({ card, enteredAt: at('2026-03-10T12:00:00').toISOString() }));
    const one = cardStates(entries, [...a, ...b]);
    const other = cardStates(entries, [...b, ...a, ...a.slice(0, 1)].reverse());
    expect(other).toEqual(one);
    expect(one.get('a')?.reviews).toBe(3);
  });
});

describe('the practice queue', () => {
  const entered = (card: string, when: string) => ({ card, enteredAt: at(when).toISOString() });

  it('holds due reviews and today’s new cards, new ones only from the day after they entered', () => {
    const events = [ev('old', '2026-03-01T09:00:00', 3)];
    const states = cardStates(
      [
        entered('old', '2026-02-28T10:00:00'),
        entered('new', '2026-03-20T08:00:00'),
        entered('today', '2026-03-21T08:00:00'),
      ],
      events,
    );
    const q = practiceQueue(states, at('2026-03-21T10:00:00'));
    expect(q.due).toEqual(['old']);
    expect(q.fresh).toEqual(['new']);
  });

  it('limits new cards per day, counting those already started today', () => {
    const entries = Array.from({ length: 10 }, (_, i) => entered(`c${i}`, '2026-03-20T08:00:00'));
    const started = [ev('c0', '2026-03-21T09:00:00', 3), ev('c1', '2026-03-21T09:01:00', 3)];
    const q = practiceQueue(cardStates(entries, started), at('2026-03-21T10:00:00'), 5);
    expect(q.fresh).toEqual(['c2', 'c3', 'c4']);
    expect(q.waiting).toBe(5);
  });

  it('forecasts the reviews falling due on each of the next seven days', () => {
    const events = [ev('a', '2026-03-20T09:00:00', 3), ev('b', '2026-03-20T09:00:00', 1)];
    const states = cardStates([entered('a', '2026-03-19T08:00:00'), entered('b', '2026-03-19T08:00:00')], events);
    const f = forecast(states, at('2026-03-20T12:00:00'));
    expect(f).toHaveLength(7);
    expect(f[0]?.[0]).toBe('2026-03-20');
    expect(f.reduce((sum, [, c]) => sum + c, 0)).toBe(
      [...states.values()].filter((s) => s.due < at('2026-03-27T00:00:00')).length,
    );
  });
});

describe('reviewStreak', () => {
  it('counts consecutive review days, and does not break before today is over', () => {
    const events = ['2026-03-18', '2026-03-19', '2026-03-20'].map((d) => ev('q', `${d}T09:00:00`, 3));
    expect(reviewStreak(reviewDays(events), at('2026-03-20T22:00:00'))).toBe(3);
    expect(reviewStreak(reviewDays(events), at('2026-03-21T08:00:00'))).toBe(3);
    expect(reviewStreak(reviewDays(events), at('2026-03-22T08:00:00'))).toBe(0);
  });
});
