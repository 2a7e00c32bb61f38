import { useEffect, useRef } from 'react';
import {
  flushDue,
  onReadingEvent,
  startReading,
  takeReadingTime,
  type ReadingEvent,
} from '../../lib/learner/reading-tracker';

/** How often the page checks whether a periodic flush is due. */
const TICK_MS = 5000;
/** Pointer moves arrive many times a second; one per second is plenty to know the learner is there. */
const INPUT_THROTTLE_MS = 1000;
const INPUT_EVENTS = ['scroll', 'wheel', 'keydown', 'pointerdown', 'pointermove', 'touchstart'] as const;

/**
 * Why time is flushed: periodically or on unmount (the page stays alive), or
 * because the tab was hidden or the page is being left (it may never run
 * another line of code, so only synchronous storage is safe).
 */
export type FlushReason = 'periodic' | 'hidden' | 'pagehide';

/**
 * Binds the pure reading tracker to this page: input and visibility events
 * feed it, and accumulated active time goes to `onFlush` every 15 s while
 * reading, when the tab is hidden, when the page is left, and on unmount.
 * Starts only when `enabled` (the database is open).
 */
export function useReadingTracker(enabled: boolean, onFlush: (ms: number, reason: FlushReason) => void): void {
  const flushRef = useRef(onFlush);
  useEffect(() => {
    flushRef.current = onFlush;
  }, [onFlush]);

  useEffect(() => {
    if (!enabled) return;
    // performance.now() is monotonic: changing the system clock cannot add or remove reading time.
    const now = () => performance.now();
    let state = startReading(now(), document.visibilityState === 'visible');
    let lastInput = -Infinity;

    const send = (event: ReadingEvent) => {
      state = onReadingEvent(state, event);
    };
    const flush = (reason: FlushReason) => {
      const taken = takeReadingTime(state, now());
      state = taken.state;
      if (taken.ms > 0) flushRef.current(taken.ms, reason);
    };
    const onInput = () => {
      const at = now();
      if (at - lastInput < INPUT_THROTTLE_MS) return;
      lastInput = at;
      send({ type: 'input', at });
    };
    const onVisibility = () => {
      const visible = document.visibilityState === 'visible';
      // Write what was read before the tab goes away: it may never come back.
      if (!visible) flush('hidden');
      send({ type: 'visibility', at: now(), visible });
    };
    const onPageHide = () => flush('pagehide');
    const timer = window.setInterval(() => {
      send({ type: 'tick', at: now() });
      if (flushDue(state, now())) flush('periodic');
    }, TICK_MS);

    for (const name of INPUT_EVENTS) window.addEventListener(name, onInput, { passive: true, capture: true });
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.clearInterval(timer);
      for (const name of INPUT_EVENTS) window.removeEventListener(name, onInput, { capture: true });
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      flush('periodic');
    };
  }, [enabled]);
}
