import { describe, expect, it } from 'vitest';
import { lessonSchema } from '../../src/lib/schema/lesson';

const schema = lessonSchema({ partNumbers: new Set([1, 2, 3]), exerciseSlugs: new Set(['greeting']) });
const valid = {
  part: 1,
  title: 'Mental model of Go',
  summary: 'What Go optimises for and how a Go program starts.',
  minutes: 45,
  objectives: ['Explain what Go optimises for', 'Trace package initialisation order', 'Predict when values are copied'],
  mastery: ['language'],
  prerequisites: [],
  exercises: ['greeting'],
};

function issuesOf(data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('lesson frontmatter schema', () => {
  it('accepts a complete lesson', () => {
    expect(issuesOf(valid)).toEqual([]);
  });

  it('rejects a part that is not in the outline', () => {
    expect(issuesOf({ ...valid, part: 36 })).toEqual(['part: this part number is not listed in content/course.yaml']);
  });

  it('rejects a mastery area that is not one of the 13', () => {
    expect(issuesOf({ ...valid, mastery: ['kubernetes'] })[0]).toMatch(/^mastery\.0: /);
  });

  it('rejects an exercise slug with no folder', () => {
    expect(issuesOf({ ...valid, exercises: ['nope'] })).toEqual([
      'exercises.0: no folder with this slug in exercises/',
    ]);
  });

  it('rejects unknown fields so typos do not pass silently', () => {
    expect(issuesOf({ ...valid, minuets: 10 })[0]).toMatch(/minuets/);
  });

  it('requires at least three objectives', () => {
    expect(issuesOf({ ...valid, objectives: ['Explain one thing only'] })[0]).toMatch(/^objectives: /);
  });
});
