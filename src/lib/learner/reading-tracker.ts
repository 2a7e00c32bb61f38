/**
 * Active reading time, as a small state machine with an injected clock: the
 * learner is reading while the tab is visible AND there was input (scroll,
 * key, pointer) within the last `idleMs`. Time in a hidden tab, or after the
 * learner stopped interacting, is not counted. Events carry their own
 * timestamp so tests drive it with a fake clock; the browser binding lives in
 * src/islands/hooks/useReadingTracker.ts.
 */

/** How long after the last input the learner still counts as reading. Long enough to read a dense paragraph. */
export const READING_IDLE_MS = 60_000;

/** How often accumulated time is written while the learner keeps reading. */
export const READING_FLUSH_MS = 15_000;

export interface ReadingTrackerState {
  visible: boolean;
  /** Time of the last input, or null before the first one. */
  lastInputAt: number | null;
  /** Everything before this instant has been accounted for (counted or ignored). */
  countedUntil: number;
  /** Active milliseconds not yet flushed. */
  pendingMs: number;
  /** When pending time was last taken, to decide when the next periodic flush is due. */
  lastFlushAt: number;
}

export type ReadingEvent =
  { type: 'input'; at: number } | { type: 'visibility'; at: number; visible: boolean } | { type: 'tick'; at: number };

/**
 * A tracker at `now`. Opening the page counts as input when the tab is
 * visible: the learner just chose to read it.
 */
export function startReading(now: number, visible: boolean): ReadingTrackerState {
  return { visible, lastInputAt: visible ? now : null, countedUntil: now, pendingMs: 0, lastFlushAt: now };
}

/** Counts active time up to `at` (never past the idle limit after the last input). */
function accrue(state: ReadingTrackerState, at: number, idleMs: number): ReadingTrackerState {
  if (at <= state.countedUntil) return state;
  let gained = 0;
  if (state.visible && state.lastInputAt !== null) {
    const activeUntil = Math.min(at, state.lastInputAt + idleMs);
    gained = Math.max(0, activeUntil - state.countedUntil);
  }
  return { ...state, countedUntil: at, pendingMs: state.pendingMs + gained };
}

/** The state after an event. Events older than what was already counted add nothing. */
export function onReadingEvent(
  state: ReadingTrackerState,
  event: ReadingEvent,
  idleMs = READING_IDLE_MS,
): ReadingTrackerState {
  const next = accrue(state, event.at, idleMs);
  switch (event.type) {
    case 'input':
      // Input in a hidden tab (rare: e.g. a scripted scroll) does not start reading.
      return next.visible ? { ...next, lastInputAt: Math.max(event.at, next.lastInputAt ?? event.at) } : next;
    case 'visibility':
      // Coming back to the tab is an interaction; leaving it stops the clock.
      return event.visible
        ? { ...next, visible: true, lastInputAt: Math.max(event.at, next.lastInputAt ?? event.at) }
        : { ...next, visible: false };
    case 'tick':
      return next;
  }
}

/** True when enough time passed since the last flush that pending time should be written. */
export function flushDue(state: ReadingTrackerState, now: number, flushMs = READING_FLUSH_MS): boolean {
  return now - state.lastFlushAt >= flushMs;
}

/**
 * Takes the active time accumulated up to `now` (whole milliseconds) and
 * returns it with the state reset to zero pending. Fractions stay pending so
 * nothing is lost to rounding.
 */
export function takeReadingTime(
  state: ReadingTrackerState,
  now: number,
  idleMs = READING_IDLE_MS,
): { ms: number; state: ReadingTrackerState } {
  const counted = accrue(state, now, idleMs);
  const ms = Math.floor(counted.pendingMs);
  return { ms, state: { ...counted, pendingMs: counted.pendingMs - ms, lastFlushAt: now } };
}
