import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  findPart,
  lessonEntryProblems,
  lessonFileId,
  lessonHref,
  neighbours,
  orderedParts,
  outline,
  padPart,
  publishedParts,
  stageOf,
  startingPart,
} from '../../src/lib/course';
import { parseCourse } from '../../src/lib/load-course';

const course = parseCourse(readFileSync('content/course.yaml', 'utf8'));

describe('the course outline file', () => {
  it('lists 35 parts, numbered 1 to 35, in about eight stages', () => {
    expect(course.parts.map((p) => p.part)).toEqual(Array.from({ length: 35 }, (_, i) => i + 1));
    expect(course.stages.length).toBeGreaterThanOrEqual(8);
    expect(course.stages.length).toBeLessThanOrEqual(10);
  });

  it('starts with the mental model and ends with the capstone review', () => {
    expect(findPart(course, 1)?.title).toBe('Mental model of Go');
    expect(findPart(course, 34)?.title).toMatch(/^Capstone build/);
    expect(findPart(course, 35)?.title).toBe('Capstone review and mastery rubric');
  });

  it('keeps every stage contiguous, so the outline reads in order', () => {
    const stageSequence = orderedParts(course).map((p) => p.stage);
    const runs = stageSequence.filter((s, i) => s !== stageSequence[i - 1]);
    expect(runs).toEqual(course.stages.map((s) => s.id));
  });
});

describe('parseCourse', () => {
  it('names the file and the field when a part points at an unknown stage', () => {
    const text = 'stages: [{id: a, title: A, summary: S}]\nparts: [{part: 1, slug: x, title: X, stage: b}]\n';
    expect(() => parseCourse(text)).toThrow(
      /content\/course\.yaml is invalid:\n\s+- parts\.0\.stage: unknown stage "b"/,
    );
  });

  it('rejects a duplicated slug', () => {
    const text =
      'stages: [{id: a, title: A, summary: S}]\nparts: [{part: 1, slug: x, title: X, stage: a}, {part: 2, slug: x, title: Y, stage: a}]\n';
    expect(() => parseCourse(text)).toThrow(/parts\.1\.slug: slug "x" is used twice/);
  });

  it('rejects parts out of order', () => {
    const text = 'stages: [{id: a, title: A, summary: S}]\nparts: [{part: 2, slug: x, title: X, stage: a}]\n';
    expect(() => parseCourse(text)).toThrow(/expected part 1 here, found 2/);
  });
});

describe('course helpers', () => {
  const published = new Set([1, 2, 5]);

  it('pads part numbers to two digits', () => {
    expect(padPart(1)).toBe('01');
    expect(padPart(35)).toBe('35');
  });

  it('derives the lesson file id and URL from the outline', () => {
    const part = findPart(course, 1);
    if (!part) throw new Error('part 1 missing');
    expect(lessonFileId(part)).toBe('part-01-mental-model-of-go');
    expect(lessonHref(part)).toBe('/lessons/mental-model-of-go/');
  });

  it('finds the stage of a part and throws for a part that does not exist', () => {
    expect(stageOf(course, 13).id).toBe('concurrency');
    expect(() => stageOf(course, 99)).toThrow(/part 99 is not in the course outline/);
  });

  it('skips unpublished parts when linking previous and next', () => {
    const { previous, next } = neighbours(course, published, 2);
    expect(previous?.part).toBe(1);
    expect(next?.part).toBe(5);
  });

  it('has no previous link on the first part and no next link on the last published part', () => {
    expect(neighbours(course, published, 1).previous).toBeUndefined();
    expect(neighbours(course, published, 5).next).toBeUndefined();
  });

  it('returns no neighbours for a part that is not published', () => {
    expect(neighbours(course, published, 3)).toEqual({ previous: undefined, next: undefined });
  });

  it('lists only published parts, in order', () => {
    expect(publishedParts(course, new Set([5, 1])).map((p) => p.part)).toEqual([1, 5]);
  });

  it('marks unpublished parts in the outline and gives them no link', () => {
    const stages = outline(course, published);
    const all = stages.flatMap((s) => s.parts);
    expect(all).toHaveLength(35);
    expect(all.find((p) => p.part === 3)).toMatchObject({ published: false, href: null });
    expect(all.find((p) => p.part === 5)).toMatchObject({ published: true, href: '/lessons/slices-maps-strings/' });
  });

  it('starts a new learner at the first published part, or nowhere when none is published', () => {
    expect(startingPart(course, published)?.part).toBe(1);
    expect(startingPart(course, new Set())).toBeUndefined();
  });
});

describe('lessonEntryProblems', () => {
  it('accepts lessons named after their part', () => {
    expect(lessonEntryProblems(course, [{ id: 'part-01-mental-model-of-go', part: 1 }])).toEqual([]);
  });

  it('names the file when its name does not match the outline', () => {
    expect(lessonEntryProblems(course, [{ id: 'part-01-intro', part: 1 }])).toEqual([
      'content/lessons/part-01-intro.mdx: a lesson for part 1 must be named part-01-mental-model-of-go.mdx',
    ]);
  });

  it('reports two lessons claiming the same part', () => {
    const problems = lessonEntryProblems(course, [
      { id: 'part-01-mental-model-of-go', part: 1 },
      { id: 'part-01-copy', part: 1 },
    ]);
    expect(problems).toContain(
      'content/lessons/part-01-copy.mdx: part 1 already has a lesson (content/lessons/part-01-mental-model-of-go.mdx)',
    );
  });
});
