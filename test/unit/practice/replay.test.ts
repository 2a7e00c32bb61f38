import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDay } from '../../../src/lib/learner/time';
import { extendSnapshot, snapshotOf, usableSnapshot } from '../../../src/lib/practice/replay';
import { cardStates, type ReviewEventRecord, type ReviewGrade } from '../../../src/lib/practice/schedule';

const start = Date.parse('2026-01-05T08:00:00Z');
/** Random histories: a few cards, reviews minutes to days apart, any grade, ids unique. */
const history = fc
  .array(
    fc.record({
      card: fc.constantFrom('a', 'b', 'c', 'd'),
      gapMinutes: fc.integer({ min: 0, max: 5 * 24 * 60 }),
      grade: fc.constantFrom<ReviewGrade>(1, 2, 3, 4),
    }),
    { maxLength: 60 },
  )
  .map((steps) => {
    let t = start;
    return steps.map((s, i): ReviewEventRecord => {
      t += s.gapMinutes * 60_000;
      return { id: `e${String(i).padStart(3, '0')}`, card: s.card, at: new Date(t).toISOString(), grade: s.grade };
    });
  });

describe('the replay snapshot', () => {
  it('extended piece by piece, gives exactly the states of replaying the whole history', () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 0, max: 60 }), (events, cut) => {
        const head = events.slice(0, cut);
        const tail = events.slice(cut);
        const pieced = extendSnapshot(snapshotOf(head, 'UTC'), tail);
        const whole = cardStates([], events);
        expect(pieced.eventCount).toBe(events.length);
        expect(new Map(pieced.states.map((s) => [s.card, s]))).toEqual(whole);
        expect(pieced.days).toEqual([...new Set(events.map((e) => localDay(new Date(e.at))))].sort());
      }),
      { numRuns: 200 },
    );
  });

  it('refuses an event that sorts before its last one (a merged older review): rebuild instead', () => {
    const snapshot = snapshotOf([{ id: 'e2', card: 'a', at: '2026-01-06T08:00:00.000Z', grade: 3 }], 'UTC');
    expect(() => extendSnapshot(snapshot, [{ id: 'e1', card: 'a', at: '2026-01-05T08:00:00.000Z', grade: 3 }])).toThrow(
      /rebuild/,
    );
  });

  it('is trusted only in its own time zone and when its count plus the newer events is every event', () => {
    const snapshot = snapshotOf([{ id: 'e1', card: 'a', at: '2026-01-06T08:00:00.000Z', grade: 3 }], 'Europe/Berlin');
    expect(usableSnapshot(snapshot, 'Europe/Berlin', 3, 2)).toBe(true);
    expect(usableSnapshot(snapshot, 'Asia/Jakarta', 3, 2)).toBe(false);
    expect(usableSnapshot(snapshot, 'Europe/Berlin', 4, 2)).toBe(false);
    expect(usableSnapshot(undefined, 'Europe/Berlin', 0, 0)).toBe(false);
  });
});
