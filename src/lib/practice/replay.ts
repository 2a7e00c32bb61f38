/**
 * A stored snapshot of the replay, so the practice page does not run FSRS
 * over a learner's whole history on every visit: the states of the reviewed
 * cards after the first `eventCount` events in replay order, and the days with
 * reviews. It is a cache, derived from the events and never backed up: any
 * doubt (an import, a clear, another time zone, a count that does not add up)
 * and it is rebuilt from the events. Pure.
 */
import { replayEvents, replayOrder, reviewDays, type CardState, type ReviewEventRecord } from './schedule';

export interface ReplaySnapshot {
  id: 'replay';
  /** Events replayed (distinct ids). */
  eventCount: number;
  /** The last event replayed, in replay order; null before any. */
  last: { at: string; id: string } | null;
  /** States of every reviewed card (Dates kept as Dates: IndexedDB stores them as they are). */
  states: CardState[];
  /** Local days with at least one review, in the time zone below. */
  days: string[];
  timeZone: string;
}

export const SNAPSHOT_ID = 'replay';

export function emptySnapshot(timeZone: string): ReplaySnapshot {
  return { id: SNAPSHOT_ID, eventCount: 0, last: null, states: [], days: [], timeZone };
}

/** Whether an event comes after `last` in replay order (time, then id). */
export function isAfter(event: Pick<ReviewEventRecord, 'at' | 'id'>, last: ReplaySnapshot['last']): boolean {
  if (!last) return true;
  return event.at > last.at || (event.at === last.at && event.id > last.id);
}

/**
 * The snapshot with `newer` replayed on top. Every newer event must come
 * after the snapshot's last one (the caller reads them that way); an event
 * the snapshot already holds would be applied twice, so one that does not
 * come after it is refused.
 */
export function extendSnapshot(snapshot: ReplaySnapshot, newer: readonly ReviewEventRecord[]): ReplaySnapshot {
  const ordered = replayOrder(newer);
  if (ordered.length === 0) return snapshot;
  const first = ordered[0];
  if (first && !isAfter(first, snapshot.last)) {
    throw new Error(`event ${first.id} is not after the snapshot's last event: rebuild from every event`);
  }
  const states = replayEvents(new Map(snapshot.states.map((s) => [s.card, s])), ordered);
  const days = new Set([...snapshot.days, ...reviewDays(ordered)]);
  const last = ordered[ordered.length - 1];
  return {
    id: SNAPSHOT_ID,
    eventCount: snapshot.eventCount + ordered.length,
    last: last ? { at: last.at, id: last.id } : snapshot.last,
    states: [...states.values()],
    days: [...days].sort(),
    timeZone: snapshot.timeZone,
  };
}

/** A snapshot of the whole history, replayed from the start. */
export function snapshotOf(events: readonly ReviewEventRecord[], timeZone: string): ReplaySnapshot {
  return extendSnapshot(emptySnapshot(timeZone), events);
}

/** Whether a stored snapshot can be extended here: same time zone, and no event it lacks sorts before its last. */
export function usableSnapshot(
  stored: ReplaySnapshot | undefined,
  timeZone: string,
  totalEvents: number,
  newer: number,
): stored is ReplaySnapshot {
  return stored !== undefined && stored.timeZone === timeZone && stored.eventCount + newer === totalEvents;
}
