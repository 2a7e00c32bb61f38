import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseCourse } from '../../src/lib/load-course';
import { areaGuides } from '../../src/lib/reference';
import type { MasteryArea } from '../../src/lib/schema/mastery';

const course = parseCourse(readFileSync('content/course.yaml', 'utf8'));
const areas = (parse(readFileSync('content/mastery/areas.yaml', 'utf8')) as { areas: MasteryArea[] }).areas;

describe('areaGuides', () => {
  const guides = areaGuides(
    areas,
    course,
    [{ part: 9, exercises: ['functional-options', 'review-overdue-reminders'] }],
    [
      { slug: 'functional-options', title: 'Options', part: 9, mastery: ['language', 'architecture'] },
      { slug: 'review-overdue-reminders', title: 'Review', part: 9, mastery: ['errors', 'concurrency'], kata: true },
      { slug: 'shapes', title: 'Shapes', part: 6, mastery: ['language'] },
    ],
  );
  const guide = (id: string) => guides.find((g) => g.id === id);

  it('offers only exercises embedded in a published lesson', () => {
    expect(guide('language')?.exercises.map((e) => e.slug)).toEqual(['functional-options']);
  });

  it('counts a review kata as evidence for its areas, linked to its heading in the lesson', () => {
    expect(guide('concurrency')?.exercises).toEqual([
      {
        slug: 'review-overdue-reminders',
        title: 'Review',
        part: 9,
        href: '/lessons/idiomatic-go/#kata-review-overdue-reminders',
      },
    ]);
    expect(guide('architecture')?.exercises[0]?.href).toBe('/lessons/idiomatic-go/#exercise-functional-options');
  });
});
