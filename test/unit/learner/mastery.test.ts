import { describe, expect, it } from 'vitest';
import {
  areaEvidence,
  assessmentInput,
  evidenceFlag,
  focusAreas,
  meanScore,
  newestFirst,
} from '../../../src/lib/learner/mastery';
import type { Assessment } from '../../../src/lib/learner/types';

describe('assessment input', () => {
  it('keeps valid scores of known areas and trimmed, non-empty notes', () => {
    expect(
      assessmentInput(
        { language: 4, errors: 0, http: 2.5, testing: 6, bogus: 3, concurrency: 1 },
        { language: '  solid ', errors: '   ', bogus: 'x' },
      ),
    ).toEqual({ scores: { language: 4, concurrency: 1 }, notes: { language: 'solid' } });
  });

  it('refuses an assessment with nothing scored', () => {
    expect(() => assessmentInput({}, { language: 'a note' })).toThrow(/Score at least one area/);
  });
});

describe('assessment history', () => {
  it('orders newest first', () => {
    const a = (id: string, at: string): Assessment => ({ id, at, scores: {}, notes: {} });
    expect(
      newestFirst([a('1', '2026-01-01T00:00:00Z'), a('3', '2026-03-01T00:00:00Z'), a('2', '2026-02-01T00:00:00Z')]).map(
        (x) => x.id,
      ),
    ).toEqual(['3', '2', '1']);
  });

  it('averages scored areas to one decimal', () => {
    expect(meanScore({ language: 4, errors: 3, http: 3 })).toBe(3.3);
    expect(meanScore({})).toBeNull();
  });
});

describe('evidence', () => {
  it('counts the solved exercises among those available', () => {
    expect(areaEvidence([{ slug: 'a' }, { slug: 'b' }, { slug: 'c' }], new Set(['b', 'z']))).toEqual({
      solved: 1,
      available: 3,
    });
  });

  it('flags a high self-score with fewer than half of the exercises solved', () => {
    expect(evidenceFlag(4, { solved: 1, available: 3 })).toBe('above');
    expect(evidenceFlag(5, { solved: 0, available: 1 })).toBe('above');
  });

  it('does not flag a high self-score backed by half the exercises or more', () => {
    expect(evidenceFlag(4, { solved: 2, available: 4 })).toBeNull();
    expect(evidenceFlag(5, { solved: 3, available: 3 })).toBeNull();
  });

  it('flags a low self-score with three quarters or more solved', () => {
    expect(evidenceFlag(2, { solved: 3, available: 4 })).toBe('below');
    expect(evidenceFlag(1, { solved: 2, available: 2 })).toBe('below');
    expect(evidenceFlag(2, { solved: 2, available: 4 })).toBeNull();
  });

  it('never flags a 3, an unscored area, or an area without exercises', () => {
    expect(evidenceFlag(3, { solved: 0, available: 5 })).toBeNull();
    expect(evidenceFlag(3, { solved: 5, available: 5 })).toBeNull();
    expect(evidenceFlag(undefined, { solved: 0, available: 5 })).toBeNull();
    expect(evidenceFlag(5, { solved: 0, available: 0 })).toBeNull();
  });
});

describe('focus next', () => {
  it('lists every area below 4, weakest first, leaving out 4s, 5s and unscored areas', () => {
    expect(focusAreas({ language: 5, errors: 3, testing: 1, http: 4, concurrency: 2 })).toEqual([
      { id: 'testing', score: 1 },
      { id: 'concurrency', score: 2 },
      { id: 'errors', score: 3 },
    ]);
  });

  it('breaks ties by the share of solved exercises, then by map order', () => {
    const scores = { language: 2, packages: 2, errors: 2, testing: 2 };
    const evidence = {
      language: { solved: 3, available: 4 },
      packages: { solved: 1, available: 4 },
      errors: { solved: 0, available: 0 },
      testing: { solved: 0, available: 2 },
    };
    expect(focusAreas(scores, evidence).map((f) => f.id)).toEqual(['errors', 'testing', 'packages', 'language']);
  });

  it('is empty when every area is 4 or above', () => {
    expect(focusAreas({ language: 4, errors: 5 })).toEqual([]);
  });
});
