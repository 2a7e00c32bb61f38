import { describe, expect, it } from 'vitest';
import { commentCovers, gradeReview, MAX_EXTRA_LINES, type ReviewCommentDraft } from '../../src/lib/review-grading';
import type { Finding } from '../../src/lib/schema/kata';

const finding = (id: string, file: string, lines: [number, number], extra: Partial<Finding> = {}) =>
  ({ id, file, lines, category: 'persistence', severity: 'blocking', ...extra }) as const satisfies Partial<Finding>;

let n = 0;
const comment = (
  file: string,
  start: number,
  end: number,
  extra: Partial<ReviewCommentDraft> = {},
): ReviewCommentDraft => ({
  id: `c${++n}`,
  file,
  start,
  end,
  category: 'persistence',
  severity: 'blocking',
  text: 'a comment',
  ...extra,
});

const tenant = finding('missing-tenant', 'store.go', [20, 24]);
const key = [tenant, finding('leak', 'worker.go', [8, 12], { category: 'concurrency', severity: 'important' })];

describe('gradeReview', () => {
  it('gives full credit for the right lines and category, and checks severity separately', () => {
    const grade = gradeReview(key, [
      comment('store.go', 22, 22),
      comment('worker.go', 10, 11, { category: 'concurrency', severity: 'nit' }),
    ]);
    expect(grade.outcomes.map((o) => o.match)).toEqual(['found', 'found']);
    expect(grade.score).toBe(100);
    expect(grade.severity).toEqual({ matched: 1, of: 2 });
    expect(grade.passed).toBe(true);
  });

  it('gives half credit for the right lines in another category', () => {
    const grade = gradeReview(key, [comment('store.go', 20, 24, { category: 'security' })]);
    expect(grade.outcomes[0]?.match).toBe('other-category');
    expect(grade.score).toBe(25);
    expect(grade.missed).toBe(1);
  });

  it('credits a comment on the line just above or below the finding', () => {
    expect(gradeReview(key, [comment('store.go', 19, 19)]).found).toBe(1);
    expect(gradeReview(key, [comment('store.go', 25, 25)]).found).toBe(1);
  });

  it('does not credit a comment on another file or on lines that do not overlap', () => {
    const grade = gradeReview(key, [comment('worker.go', 20, 24), comment('store.go', 26, 30)]);
    expect(grade.found + grade.otherCategory).toBe(0);
    expect(grade.notInKey).toHaveLength(2);
    expect(grade.score).toBe(0);
  });

  it('lets one comment earn one finding only', () => {
    const twoClose = [finding('a', 'x.go', [10, 10]), finding('b', 'x.go', [11, 11])];
    const grade = gradeReview(twoClose, [comment('x.go', 10, 11)]);
    expect(grade.found).toBe(1);
    expect(grade.missed).toBe(1);
  });

  it('pairs the best matches first: the right-category comment earns the finding', () => {
    const wrong = comment('store.go', 20, 24, { category: 'security' });
    const right = comment('store.go', 23, 23);
    const grade = gradeReview([tenant], [wrong, right]);
    expect(grade.outcomes[0]).toMatchObject({ match: 'found', comment: right.id });
    expect(grade.notInKey).toEqual([wrong.id]);
  });

  it('does not pass a review that misses a blocking finding, whatever the score', () => {
    const many = [
      finding('b', 'x.go', [1, 1]),
      ...['c', 'd', 'e'].map((id, i) => finding(id, 'x.go', [10 + i * 5, 10 + i * 5], { severity: 'nit' })),
    ];
    const grade = gradeReview(many, [comment('x.go', 10, 10), comment('x.go', 15, 15), comment('x.go', 20, 20)]);
    expect(grade.score).toBe(75);
    expect(grade.passed).toBe(false);
  });

  it('scores an empty review as zero with every finding missed', () => {
    const grade = gradeReview(key, []);
    expect(grade).toMatchObject({ score: 0, missed: 2, passed: false, notInKey: [] });
  });
});

describe('commentCovers', () => {
  it(`refuses a comment more than ${MAX_EXTRA_LINES} lines wider than the finding`, () => {
    const f = finding('f', 'x.go', [50, 52]);
    expect(commentCovers(comment('x.go', 45, 45 + 2 + MAX_EXTRA_LINES), f)).toBe(true);
    expect(commentCovers(comment('x.go', 1, 200), f)).toBe(false);
  });
});
