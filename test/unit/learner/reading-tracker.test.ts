import { describe, expect, it } from 'vitest';
import {
  flushDue,
  onReadingEvent,
  startReading,
  takeReadingTime,
  type ReadingEvent,
  type ReadingTrackerState,
} from '../../../src/lib/learner/reading-tracker';

const IDLE = 60_000;
const S = 1000;

/** A fake clock driving the tracker: advance time, send events, take the total. */
function clock(visible = true) {
  let now = 0;
  let state: ReadingTrackerState = startReading(now, visible);
  let flushed = 0;
  return {
    advance(ms: number) {
      now += ms;
    },
    send(event: Omit<ReadingEvent, 'at'> & Record<string, unknown>) {
      state = onReadingEvent(state, { ...event, at: now } as ReadingEvent, IDLE);
    },
    flush() {
      const taken = takeReadingTime(state, now, IDLE);
      state = taken.state;
      flushed += taken.ms;
      return taken.ms;
    },
    get total() {
      return flushed;
    },
    get state() {
      return state;
    },
    get now() {
      return now;
    },
  };
}

describe('reading tracker', () => {
  it('counts time in a visible tab right after the page opens', () => {
    const c = clock();
    c.advance(10 * S);
    expect(c.flush()).toBe(10 * S);
  });

  it('stops counting once the learner has been idle for the idle limit', () => {
    const c = clock();
    c.advance(5 * 60 * S);
    // Only the first minute after opening counts.
    expect(c.flush()).toBe(IDLE);
  });

  it('starts counting again at the next input after an idle gap, not before', () => {
    const c = clock();
    c.advance(3 * 60 * S); // 60 s counted, 120 s idle
    c.send({ type: 'input' });
    c.advance(20 * S);
    expect(c.flush()).toBe(IDLE + 20 * S);
  });

  it('keeps counting while input keeps coming within the idle limit', () => {
    const c = clock();
    for (let i = 0; i < 10; i++) {
      c.advance(50 * S);
      c.send({ type: 'input' });
    }
    expect(c.flush()).toBe(500 * S);
  });

  it('does not count a hidden tab, even right after input', () => {
    const c = clock();
    c.advance(10 * S);
    c.send({ type: 'visibility', visible: false });
    c.advance(30 * S);
    c.send({ type: 'input' });
    c.advance(30 * S);
    expect(c.flush()).toBe(10 * S);
  });

  it('counts again from the moment the tab becomes visible', () => {
    const c = clock();
    c.send({ type: 'visibility', visible: false });
    c.advance(10 * 60 * S);
    c.send({ type: 'visibility', visible: true });
    c.advance(15 * S);
    expect(c.flush()).toBe(15 * S);
  });

  it('counts nothing for a page opened in a background tab until it is shown', () => {
    const c = clock(false);
    c.advance(60 * S);
    expect(c.flush()).toBe(0);
    c.send({ type: 'visibility', visible: true });
    c.advance(5 * S);
    expect(c.flush()).toBe(5 * S);
  });

  it('never counts the same time twice across flushes', () => {
    const c = clock();
    c.advance(7 * S);
    c.flush();
    c.flush();
    c.advance(3 * S);
    c.send({ type: 'tick' });
    c.flush();
    expect(c.total).toBe(10 * S);
  });

  it('ignores a clock that goes backwards', () => {
    const c = clock();
    c.advance(10 * S);
    c.flush();
    c.advance(-5 * S);
    c.send({ type: 'input' });
    expect(c.flush()).toBe(0);
    c.advance(10 * S);
    // From the last counted instant (10 s) to now (15 s).
    expect(c.flush()).toBe(5 * S);
  });

  it('keeps fractions of a millisecond pending instead of dropping them', () => {
    const c = clock();
    c.advance(0.6);
    expect(c.flush()).toBe(0);
    c.advance(0.6);
    expect(c.flush()).toBe(1);
  });

  it('says a periodic flush is due once the flush interval has passed since the last one', () => {
    const c = clock();
    c.advance(14 * S);
    expect(flushDue(c.state, c.now, 15 * S)).toBe(false);
    c.advance(1 * S);
    expect(flushDue(c.state, c.now, 15 * S)).toBe(true);
    c.flush();
    expect(flushDue(c.state, c.now, 15 * S)).toBe(false);
  });
});
