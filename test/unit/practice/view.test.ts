import { describe, expect, it } from 'vitest';
import { snapshotOf } from '../../../src/lib/practice/replay';
import { practiceView, waitingToday, type DeckCard, type PracticeInputs } from '../../../src/lib/practice/view';

const deck: DeckCard[] = [
  { id: 'q-part01-a', kind: 'question', part: 1, areas: ['language'] },
  { id: 'q-part01-b', kind: 'question', part: 1, areas: ['language'] },
  { id: 'q-part02-a', kind: 'question', part: 2, areas: ['packages'] },
  { id: 'exercise:greeting', kind: 'exercise', part: 1, areas: ['language'] },
];
const completedPart1: PracticeInputs = {
  progress: [{ id: 'part-01', status: 'completed', completedAt: new Date('2026-12-07T10:00:00').toISOString() }],
  solved: [],
  kataAttempts: [],
  replay: snapshotOf([], 'UTC'),
};

describe('waitingToday', () => {
  it('counts nothing on the day a lesson is completed, and its questions from the next day', () => {
    expect(waitingToday(deck, completedPart1, new Date('2026-12-07T18:00:00'))).toBe(0);
    expect(waitingToday(deck, completedPart1, new Date('2026-12-08T08:00:00'))).toBe(2);
  });

  it('adds a solved exercise, and drops a card once it is reviewed today', () => {
    const inputs: PracticeInputs = {
      ...completedPart1,
      solved: [{ id: 'greeting', solvedAt: new Date('2026-12-07T11:00:00').toISOString() }],
      replay: snapshotOf(
        [{ id: 'e1', card: 'q-part01-a', at: new Date('2026-12-08T08:30:00').toISOString(), grade: 3 }],
        'UTC',
      ),
    };
    const now = new Date('2026-12-08T09:00:00');
    expect(waitingToday(deck, inputs, now)).toBe(2);
    const { queue, streak } = practiceView(deck, inputs, now);
    expect(queue.fresh.sort()).toEqual(['exercise:greeting', 'q-part01-b']);
    expect(streak).toBe(1);
  });
});
