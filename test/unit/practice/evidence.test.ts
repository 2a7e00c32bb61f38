import { describe, expect, it } from 'vitest';
import { evidenceFlag } from '../../../src/lib/learner/mastery';
import { areaRetention, exerciseGrade, kataGrade, retentionIsLow } from '../../../src/lib/practice/evidence';
import { questionCardId, questionsIn } from '../../../src/lib/practice/cards';

describe('measured grades', () => {
  it('grades an exercise solved again by how it went', () => {
    expect(exerciseGrade({ solved: true, failedRuns: 0 })).toBe(3);
    expect(exerciseGrade({ solved: true, failedRuns: 2 })).toBe(2);
    expect(exerciseGrade({ solved: false, failedRuns: 4 })).toBe(1);
  });

  it('grades a kata reviewed again by its score', () => {
    expect(kataGrade({ score: 95, passed: true })).toBe(4);
    expect(kataGrade({ score: 70, passed: true })).toBe(3);
    expect(kataGrade({ score: 50, passed: false })).toBe(2);
    expect(kataGrade({ score: 10, passed: false })).toBe(1);
  });
});

describe('retention and the mastery map', () => {
  const cards = [
    { id: 'question:13:aaaa', kind: 'question' as const, areas: ['concurrency' as const] },
    { id: 'exercise:ttl-cache', kind: 'exercise' as const, areas: ['concurrency' as const, 'testing' as const] },
  ];
  it('counts Good and Easy as recalled, per area', () => {
    const r = areaRetention(cards, [
      { card: 'question:13:aaaa', grade: 3 },
      { card: 'question:13:aaaa', grade: 1 },
      { card: 'exercise:ttl-cache', grade: 4 },
      { card: 'unknown', grade: 4 },
    ]);
    expect(r.concurrency).toEqual({ recalled: 2, of: 3 });
    expect(r.testing).toEqual({ recalled: 1, of: 1 });
  });

  it('counts an exercise solved again after failed runs (Hard) as recalled, a Hard question not', () => {
    const r = areaRetention(cards, [
      { card: 'exercise:ttl-cache', grade: 2 },
      { card: 'exercise:ttl-cache', grade: 1 },
      { card: 'question:13:aaaa', grade: 2 },
    ]);
    expect(r.testing).toEqual({ recalled: 1, of: 2 });
    expect(r.concurrency).toEqual({ recalled: 1, of: 3 });
  });

  it('flags a self-score of 4 with low retention, but not with too few reviews', () => {
    const low = { recalled: 2, of: 6 };
    expect(retentionIsLow(low)).toBe(true);
    expect(retentionIsLow({ recalled: 0, of: 3 })).toBe(false);
    const evidence = { solved: 3, available: 3 };
    expect(evidenceFlag(4, evidence, retentionIsLow(low))).toBe('above');
    expect(evidenceFlag(4, evidence, false)).toBeNull();
    expect(evidenceFlag(3, evidence, true)).toBeNull();
  });
});

describe('question cards', () => {
  it('reads every question of a lesson with its answer, and keeps ids stable when others move', () => {
    const mdx =
      '<Question prompt="Why?">Because.</Question>\ntext\n<Question prompt="How?">\nLike *this*.\n</Question>';
    expect(questionsIn(mdx)).toEqual([
      { prompt: 'Why?', answer: 'Because.' },
      { prompt: 'How?', answer: 'Like *this*.' },
    ]);
    expect(questionCardId(3, 'Why?')).toBe(questionCardId(3, ' Why? '));
    expect(questionCardId(3, 'Why?')).not.toBe(questionCardId(4, 'Why?'));
    expect(questionCardId(3, 'Why?')).toMatch(/^question:3:[0-9a-f]{8}$/);
  });
});

describe('cardEntries', () => {
  it('enters a lesson’s questions when it is completed, an exercise when solved, a kata when first submitted', async () => {
    const { cardEntries } = await import('../../../src/lib/practice/entries');
    const cards = [
      { id: 'question:4:aaaaaaaa', kind: 'question' as const, part: 4 },
      { id: 'question:5:bbbbbbbb', kind: 'question' as const, part: 5 },
      { id: 'exercise:greeting', kind: 'exercise' as const, part: 1 },
      { id: 'kata:review-x', kind: 'kata' as const, part: 9 },
    ];
    const entries = cardEntries(cards, {
      progress: [
        { id: 'part-04', status: 'completed', completedAt: '2026-03-01T10:00:00.000Z' },
        { id: 'part-05', status: 'opened', completedAt: undefined },
      ],
      solved: [{ id: 'greeting', solvedAt: '2026-03-02T10:00:00.000Z' }],
      kataAttempts: [
        { kata: 'review-x', at: '2026-03-04T10:00:00.000Z' },
        { kata: 'review-x', at: '2026-03-03T10:00:00.000Z' },
      ],
    });
    expect(entries).toEqual([
      { card: 'question:4:aaaaaaaa', enteredAt: '2026-03-01T10:00:00.000Z' },
      { card: 'exercise:greeting', enteredAt: '2026-03-02T10:00:00.000Z' },
      { card: 'kata:review-x', enteredAt: '2026-03-03T10:00:00.000Z' },
    ]);
  });
});
