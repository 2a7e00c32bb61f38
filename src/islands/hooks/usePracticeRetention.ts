import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { LearnerDatabase } from '../../db/schema';
import type { MasteryAreaId } from '../../lib/mastery-areas';
import { areaRetention, type AreaRetention } from '../../lib/practice/evidence';
import type { DeckCard } from '../../lib/practice/view';

export type RetentionByArea = Partial<Record<MasteryAreaId, AreaRetention>>;

/**
 * Retention per mastery area from the learner's practice reviews, kept
 * current. Empty until the deck has loaded (and when it cannot: the map
 * then simply shows no practice evidence, as for a learner who has not
 * practised).
 */
export function usePracticeRetention(db: LearnerDatabase | undefined): RetentionByArea {
  const [deck, setDeck] = useState<DeckCard[]>([]);
  useEffect(() => {
    let live = true;
    fetch('/practice/deck.json')
      .then((r) => (r.ok ? (r.json() as Promise<DeckCard[]>) : []))
      .then((cards) => live && setDeck(cards))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  const events = useLiveQuery(async () => (db ? db.reviewEvents.toArray() : []), [db]);
  return useMemo(() => areaRetention(deck, events ?? []), [deck, events]);
}
