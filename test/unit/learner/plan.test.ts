import { describe, expect, it } from 'vitest';
import {
  currentWeekIndex,
  generatePlan,
  mergePlan,
  taskKindLabels,
  taskProgress,
  type PlanInput,
} from '../../../src/lib/learner/plan';
import { addDays, formatDay, isIsoDay, nextMonday } from '../../../src/lib/learner/days';
import type { AreaGuide } from '../../../src/lib/reference';
import type { StudyPlan } from '../../../src/lib/learner/types';
import { item, reference } from './reference-fixture';

const levels = { 1: 'a', 2: 'b', 3: 'c', 4: 'd', 5: 'e' };
const titles: Partial<Record<AreaGuide['id'], string>> = { http: 'HTTP' };
const guide = (id: AreaGuide['id'], lessons: AreaGuide['lessons'], exercises: string[] = []): AreaGuide => ({
  id,
  title: titles[id] ?? id.charAt(0).toUpperCase() + id.slice(1),
  question: `Can I do ${id}?`,
  levels,
  lessons,
  exercises: exercises.map((slug, i) => ({
    slug,
    title: `Exercise ${slug}`,
    part: 1 + i,
    href: `/lessons/x/#exercise-${slug}`,
  })),
});

const areas: AreaGuide[] = [
  guide('language', [{ part: 3, title: 'Syntax', href: '/lessons/syntax/' }], ['dedupe', 'shapes']),
  guide(
    'testing',
    [
      { part: 11, title: 'Testing', href: '/lessons/testing/' },
      { part: 12, title: 'Benchmarks', href: '/lessons/bench/' },
    ],
    ['table-test'],
  ),
  guide('concurrency', [{ part: 13, title: 'Goroutines', href: null }]),
  guide('http', [{ part: 19, title: 'HTTP', href: '/lessons/http/' }], ['strict-json']),
];

const input = (overrides: Partial<PlanInput> = {}): PlanInput => ({
  startDate: '2026-01-05',
  assessment: { id: 'as-1', scores: { language: 5, testing: 1, concurrency: 2, http: 3 } },
  projects: reference.projects.projects,
  cadence: reference.cadence,
  areas,
  solved: [],
  ...overrides,
});

const allTasks = (plan: { weeks: { tasks: { id: string }[] }[] }) => plan.weeks.flatMap((w) => w.tasks);

describe('the plan generator', () => {
  it('gives the same plan for the same input', () => {
    expect(generatePlan(input())).toEqual(generatePlan(input()));
    expect(JSON.stringify(generatePlan(input()))).toBe(JSON.stringify(generatePlan(structuredClone(input()))));
  });

  it('lays out twelve consecutive dated weeks from the start date', () => {
    const { weeks } = generatePlan(input());
    expect(weeks).toHaveLength(12);
    expect(weeks[0]).toMatchObject({ index: 0, start: '2026-01-05', end: '2026-01-11' });
    expect(weeks[11]).toMatchObject({ index: 11, start: '2026-03-23', end: '2026-03-29' });
    weeks.forEach((w, i) => expect(w.start).toBe(addDays('2026-01-05', i * 7)));
  });

  it('gives each project three weeks, in order, each following ship → measure → review → refactor → document', () => {
    const { weeks } = generatePlan(input());
    expect(weeks.map((w) => w.project)).toEqual([
      ...Array(3).fill('rest-service'),
      ...Array(3).fill('worker-system'),
      ...Array(3).fill('service-integration'),
      ...Array(3).fill('legacy-refactor'),
    ]);
    for (const week of weeks) {
      expect(week.tasks.slice(0, 5).map((t) => t.kind)).toEqual(['ship', 'measure', 'review', 'refactor', 'document']);
    }
    expect(item(item(weeks, 4).tasks, 0).id).toBe('worker-system.2.ship');
    expect(item(weeks, 4).theme).toBe(item(item(reference.projects.projects, 1).weeks, 1).title);
  });

  it('gives every task an id unique within the plan', () => {
    const ids = allTasks(generatePlan(input())).map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reviews only areas scored below 4, each about equally often, preferring areas the project exercises', () => {
    const { weeks } = generatePlan(input());
    const counts = new Map<string, number>();
    for (const w of weeks) for (const a of w.focusAreas) counts.set(a, (counts.get(a) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual(['concurrency', 'http', 'testing']);
    expect([...counts.values()].sort()).toEqual([8, 8, 8]);
    // The REST service exercises testing and http, not concurrency: week 1 takes those two.
    expect(item(weeks, 0).focusAreas).toEqual(['testing', 'http']);
    // Week 2 takes concurrency, reviewed least so far, then the weakest of the rest.
    expect(item(weeks, 1).focusAreas).toEqual(['concurrency', 'testing']);
  });

  it('links a review lesson and an exercise per focus area, moving on to the next lesson each time the area returns', () => {
    const { weeks } = generatePlan(input());
    expect(item(weeks, 0).tasks.slice(5)).toEqual([
      {
        id: 'w01.lesson.p11',
        kind: 'lesson',
        text: 'Review part 11, Testing (Testing, scored 1).',
        href: '/lessons/testing/',
      },
      {
        id: 'w01.exercise.table-test',
        kind: 'exercise',
        text: 'Solve "Exercise table-test" (Testing, scored 1).',
        href: '/lessons/x/#exercise-table-test',
      },
      { id: 'w01.lesson.p19', kind: 'lesson', text: 'Review part 19, HTTP (HTTP, scored 3).', href: '/lessons/http/' },
      {
        id: 'w01.exercise.strict-json',
        kind: 'exercise',
        text: 'Solve "Exercise strict-json" (HTTP, scored 3).',
        href: '/lessons/x/#exercise-strict-json',
      },
      {
        id: 'w01.practice',
        kind: 'practice',
        text: 'Practise the cards due on at least 3 days this week (about 15 minutes a day): questions, exercises and katas from the lessons you completed.',
        href: '/practice/',
      },
    ]);
    expect(item(weeks, 1).tasks.find((t) => t.id.startsWith('w02.lesson.p1'))?.id).toBe('w02.lesson.p13');
    expect(item(weeks, 1).tasks.some((t) => t.id === 'w02.lesson.p12')).toBe(true);
  });

  it('asks for a written answer while an area has no published lesson', () => {
    const { weeks } = generatePlan(input());
    const task = item(weeks, 1).tasks.find((t) => t.id === 'w02.lesson.p13');
    expect(task?.href).toBeUndefined();
    expect(task?.text).toMatch(
      /^Part 13, Goroutines, is not published yet: answer "Can I do concurrency\?" in writing/,
    );
  });

  it('offers unsolved exercises first and a solved one again when all are solved', () => {
    const one = generatePlan(input({ assessment: { id: 'a', scores: { language: 1 } }, solved: ['dedupe'] }));
    expect(item(one.weeks, 0).tasks.find((t) => t.kind === 'exercise')?.id).toBe('w01.exercise.shapes');
    const all = generatePlan(input({ assessment: { id: 'a', scores: { language: 1 } }, solved: ['dedupe', 'shapes'] }));
    expect(item(all.weeks, 0).tasks.find((t) => t.kind === 'exercise')?.text).toMatch(/again from the starter code/);
  });

  it('plans project work and practice only when nothing is below 4 or there is no assessment', () => {
    for (const assessment of [null, { id: 'a', scores: { language: 4 as const, testing: 5 as const } }]) {
      const plan = generatePlan(input({ assessment }));
      expect(
        plan.weeks.every(
          (w) => w.focusAreas.length === 0 && w.tasks.length === 6 && w.tasks.at(-1)?.href === '/practice/',
        ),
      ).toBe(true);
    }
  });

  it('rejects an impossible start date', () => {
    expect(() => generatePlan(input({ startDate: '2026-02-30' }))).toThrow(/not a valid date/);
  });
});

describe('regenerating a plan', () => {
  const now = '2026-02-01T10:00:00.000Z';
  const first = mergePlan(undefined, generatePlan(input()), '2026-01-05T08:00:00.000Z');
  const withWork: StudyPlan = {
    ...first,
    done: { 'rest-service.1.ship': '2026-01-06T08:00:00.000Z', 'w01.lesson.p11': '2026-01-07T08:00:00.000Z' },
    reflections: { '0': 'Shipped the skeleton.' },
  };

  it('starts a new plan with no done marks or notes', () => {
    expect(first).toMatchObject({ id: 'current', createdAt: '2026-01-05T08:00:00.000Z', done: {}, reflections: {} });
  });

  it('keeps done marks and reflections after a new assessment', () => {
    const improved = generatePlan(
      input({ assessment: { id: 'as-2', scores: { language: 5, testing: 4, concurrency: 2, http: 4 } } }),
    );
    const merged = mergePlan(withWork, improved, now);
    expect(merged.done).toEqual(withWork.done);
    expect(merged.reflections).toEqual({ '0': 'Shipped the skeleton.' });
    expect(merged.assessmentId).toBe('as-2');
    expect(merged.createdAt).toBe(first.createdAt);
    expect(merged.updatedAt).toBe(now);
  });

  it('keeps a completed task the new plan no longer contains, in the week it was done', () => {
    const improved = generatePlan(input({ assessment: { id: 'as-2', scores: { concurrency: 2 } } }));
    expect(allTasks(improved).some((t) => t.id === 'w01.lesson.p11')).toBe(false);
    const merged = mergePlan(withWork, improved, now);
    const kept = item(merged.weeks, 0).tasks.find((t) => t.id === 'w01.lesson.p11');
    expect(kept).toEqual(item(first.weeks, 0).tasks.find((t) => t.id === 'w01.lesson.p11'));
    expect(merged.done['w01.lesson.p11']).toBe('2026-01-07T08:00:00.000Z');
  });

  it('drops an unfinished task the new plan no longer contains', () => {
    const improved = generatePlan(input({ assessment: { id: 'as-2', scores: { concurrency: 2 } } }));
    const merged = mergePlan(withWork, improved, now);
    expect(allTasks(merged).some((t) => t.id === 'w01.exercise.table-test')).toBe(false);
  });

  it('moves the dates but keeps the marks when the start date changes', () => {
    const merged = mergePlan(withWork, generatePlan(input({ startDate: '2026-03-02' })), now);
    expect(item(merged.weeks, 0).start).toBe('2026-03-02');
    expect(merged.done).toEqual(withWork.done);
  });
});

describe('plan helpers', () => {
  const { weeks } = generatePlan(input());

  it('finds the week containing today, and none outside the plan', () => {
    expect(currentWeekIndex(weeks, '2026-01-05')).toBe(0);
    expect(currentWeekIndex(weeks, '2026-01-18')).toBe(1);
    expect(currentWeekIndex(weeks, '2026-03-29')).toBe(11);
    expect(currentWeekIndex(weeks, '2026-01-04')).toBeNull();
    expect(currentWeekIndex(weeks, '2026-03-30')).toBeNull();
  });

  it('counts done tasks', () => {
    expect(taskProgress(item(weeks, 0).tasks, { 'rest-service.1.ship': 'x', unknown: 'x' })).toEqual({
      done: 1,
      total: 10,
    });
  });

  it('labels task kinds with the cadence titles', () => {
    expect(taskKindLabels(reference.cadence)).toMatchObject({ ship: 'Ship', document: 'Document', lesson: 'Lesson' });
  });

  it('does date arithmetic across month, year and DST boundaries', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2025-12-29', 7)).toBe('2026-01-05');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(isIsoDay('2026-13-01')).toBe(false);
    expect(isIsoDay('2026-1-01')).toBe(false);
  });
});

describe('day helpers', () => {
  it('finds the first Monday on or after a day', () => {
    expect(nextMonday('2026-01-05')).toBe('2026-01-05');
    expect(nextMonday('2026-01-06')).toBe('2026-01-12');
    expect(nextMonday('2026-01-11')).toBe('2026-01-12');
    expect(nextMonday('2026-12-29')).toBe('2027-01-04');
  });

  it('formats a day without shifting it by the time zone', () => {
    expect(formatDay('2026-01-05', 'en-GB')).toBe('Mon, 5 Jan 2026');
    expect(formatDay('2026-03-29', 'en-GB')).toBe('Sun, 29 Mar 2026');
  });
});
