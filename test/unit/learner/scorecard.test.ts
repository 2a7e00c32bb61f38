import { describe, expect, it } from 'vitest';
import { checklistProgress, ladderPlacement, scorecardBand, scorecardTotal } from '../../../src/lib/learner/scorecard';
import { reference } from './reference-fixture';

const { areas, bands } = reference.scorecard;
const band = (total: number) => scorecardBand(total, bands).id;

describe('the readiness scorecard', () => {
  it('adds the scores of the rubric areas, ignoring unknown areas and values outside 0–2', () => {
    expect(
      scorecardTotal(
        { 'domain-correctness': 2, 'api-contract': 1, audit: 0, bogus: 2, testing: 3, outbox: 1.5 },
        areas,
      ),
    ).toEqual({ total: 3, scored: 3, max: 24 });
  });

  it('places every boundary total in the right band', () => {
    expect([0, 8, 9, 16, 17, 22, 23, 24].map(band)).toEqual([
      'prototype',
      'prototype',
      'internal-demo',
      'internal-demo',
      'early-production-candidate',
      'early-production-candidate',
      'strong-baseline',
      'strong-baseline',
    ]);
  });

  it('has a band for every possible total', () => {
    for (let total = 0; total <= 24; total++) expect(() => scorecardBand(total, bands)).not.toThrow();
  });

  it('refuses a total outside the bands', () => {
    expect(() => scorecardBand(25, bands)).toThrow('No band covers a total of 25.');
  });

  it('puts a fully scored sheet of twos in the top band', () => {
    const all2 = Object.fromEntries(areas.map((a) => [a.id, 2]));
    expect(band(scorecardTotal(all2, areas).total)).toBe('strong-baseline');
  });
});

describe('the skill ladder', () => {
  const { levels } = reference.ladder;
  const check = (...levelNumbers: number[]) =>
    Object.fromEntries(
      levels.filter((l) => levelNumbers.includes(l.level)).flatMap((l) => l.criteria.map((c) => [c.id, true])),
    );

  it('is below the first rung with nothing checked', () => {
    expect(ladderPlacement({}, levels)).toEqual({ level: 0, next: { level: 1, checked: 0, total: 4 } });
  });

  it('stands on the highest level whose criteria and all those below are checked', () => {
    expect(ladderPlacement(check(1, 2, 3), levels).level).toBe(3);
    expect(ladderPlacement(check(1, 2, 3, 4, 5), levels)).toEqual({ level: 5, next: null });
  });

  it('is climbed rung by rung: a missing box below holds you there', () => {
    const checked = check(1, 3, 4);
    expect(ladderPlacement(checked, levels)).toEqual({ level: 1, next: { level: 2, checked: 0, total: 5 } });
  });

  it('counts partial progress towards the next level', () => {
    const checked = { ...check(1), 'l2-table-tests': true, 'l2-context': true, 'l2-unknown': true };
    expect(ladderPlacement(checked, levels).next).toEqual({ level: 2, checked: 2, total: 5 });
  });
});

describe('the production-ready checklist', () => {
  it('counts checked items per group and overall', () => {
    const progress = checklistProgress(
      { 'code-gofmt': true, 'code-vet': true, 'ops-runbook': true, x: true },
      reference.checklist.groups,
    );
    expect(progress.checked).toBe(3);
    expect(progress.total).toBe(reference.checklist.groups.reduce((n, g) => n + g.items.length, 0));
    expect(progress.groups.find((g) => g.id === 'code')).toEqual({ id: 'code', checked: 2, total: 7 });
  });
});
