/**
 * The count of practice cards waiting today, beside "Practice" in the site
 * header. Loaded with a dynamic import once the page is idle, so a page
 * that is read and left pays nothing for Dexie and the scheduler.
 */
import { openLearnerDb } from '../db/connection';
import { keepPracticeSnapshot, watchPracticeInputs, type PracticeRead } from '../db/practice';
import { waitingToday, type DeckCard } from '../lib/practice/view';

export async function showPracticeDue(badge: HTMLElement): Promise<void> {
  const response = await fetch('/practice/deck.json');
  if (!response.ok) return; // the count is a convenience; the practice page says what went wrong
  const deck = (await response.json()) as DeckCard[];
  const db = await openLearnerDb();
  const render = (inputs: PracticeRead) => {
    void keepPracticeSnapshot(db, inputs);
    const n = waitingToday(deck, inputs, new Date());
    badge.hidden = n === 0;
    badge.querySelector('[data-count]')?.replaceChildren(String(n));
    badge.querySelector('[data-label]')?.replaceChildren(` (${n} card${n === 1 ? '' : 's'} waiting today)`);
  };
  watchPracticeInputs(db, render, () => {
    badge.hidden = true;
  });
}
