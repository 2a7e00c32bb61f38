import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCourse } from '../../src/lib/load-course';
import { MASTERY_AREA_IDS } from '../../src/lib/mastery-areas';
import { referenceProblems, type ReferenceData } from '../../src/lib/reference';
import { cadenceSchema, masteryAreasSchema, nextProjectsSchema } from '../../src/lib/schema/mastery';
import {
  checklistSchema,
  FAILURE_MODE_COLUMN_IDS,
  reviewDocumentSchema,
  scorecardSchema,
  skillLadderSchema,
} from '../../src/lib/schema/rubrics';
import { item } from './learner/reference-fixture';

const course = parseCourse(readFileSync('content/course.yaml', 'utf8'));
const partNumbers = new Set(course.parts.map((p) => p.part));
const yaml = (path: string): unknown => parse(readFileSync(path, 'utf8'));

const schemas = {
  'content/mastery/areas.yaml': masteryAreasSchema({ partNumbers }),
  'content/mastery/cadence.yaml': cadenceSchema,
  'content/mastery/next-projects.yaml': nextProjectsSchema,
  'content/rubrics/scorecard.yaml': scorecardSchema,
  'content/rubrics/skill-ladder.yaml': skillLadderSchema,
  'content/rubrics/checklist.yaml': checklistSchema,
  'content/rubrics/review-document.yaml': reviewDocumentSchema,
};

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('the reference data files', () => {
  it.each(Object.entries(schemas))('%s matches its schema', (path, schema) => {
    expect(issues(schema.safeParse(yaml(path)))).toEqual([]);
  });

  const data: ReferenceData = {
    mastery: masteryAreasSchema({ partNumbers }).parse(yaml('content/mastery/areas.yaml')),
    cadence: cadenceSchema.parse(yaml('content/mastery/cadence.yaml')),
    projects: nextProjectsSchema.parse(yaml('content/mastery/next-projects.yaml')),
    scorecard: scorecardSchema.parse(yaml('content/rubrics/scorecard.yaml')),
    ladder: skillLadderSchema.parse(yaml('content/rubrics/skill-ladder.yaml')),
    checklist: checklistSchema.parse(yaml('content/rubrics/checklist.yaml')),
    reviewDocument: reviewDocumentSchema.parse(yaml('content/rubrics/review-document.yaml')),
  };

  it('agree with each other', () => {
    expect(referenceProblems(data)).toEqual([]);
  });

  it('name exactly the 13 mastery areas, in map order', () => {
    expect(data.mastery.areas.map((a) => a.id)).toEqual([...MASTERY_AREA_IDS]);
  });

  it('point every area at parts that exist in content/course.yaml', () => {
    const parts = data.mastery.areas.flatMap((a) => a.parts);
    expect(parts.filter((n) => !partNumbers.has(n))).toEqual([]);
  });

  it('describe all five self-scores of every area', () => {
    for (const area of data.mastery.areas) expect(Object.keys(area.levels)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('score 12 readiness areas from 0 to 24 in the four bands of the rubric', () => {
    expect(data.scorecard.areas).toHaveLength(12);
    expect(data.scorecard.bands.map((b) => [b.min, b.max])).toEqual([
      [0, 8],
      [9, 16],
      [17, 22],
      [23, 24],
    ]);
  });

  it('has a five-level ladder whose criterion ids are unique', () => {
    expect(data.ladder.levels.map((l) => l.level)).toEqual([1, 2, 3, 4, 5]);
    const ids = data.ladder.levels.flatMap((l) => l.criteria.map((c) => c.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists the twelve review sections in template order, with the failure-mode table under Failure Model', () => {
    expect(data.reviewDocument.sections.map((s) => s.title)).toEqual([
      'Summary',
      'Architecture',
      'Domain Model',
      'API Contract',
      'Persistence',
      'Security',
      'Observability',
      'Operations',
      'Failure Model',
      'Known Gaps',
      'Decision',
      'Follow-up Actions',
    ]);
    expect(data.reviewDocument.sections.filter((s) => s.failureModes).map((s) => s.id)).toEqual(['failure-model']);
    expect(data.reviewDocument.failureModes.columns.map((c) => c.title)).toEqual([
      'Step',
      'Failure',
      'User impact',
      'System impact',
      'Handling',
      'Observability',
      'Follow-up',
    ]);
  });

  it('has four projects that fill the twelve weeks', () => {
    expect(data.projects.projects.map((p) => p.id)).toEqual([
      'rest-service',
      'worker-system',
      'service-integration',
      'legacy-refactor',
    ]);
    expect(data.projects.projects.map((p) => p.weeks.length)).toEqual([3, 3, 3, 3]);
  });
});

describe('the reference schemas reject', () => {
  const areas = yaml('content/mastery/areas.yaml') as { areas: { id: string; parts: number[] }[] };

  it('an areas file that drops an area', () => {
    const result = masteryAreasSchema({ partNumbers }).safeParse({ areas: areas.areas.slice(1) });
    expect(issues(result).join('\n')).toMatch(/areas must be exactly language, packages/);
  });

  it('an area that points at a part not in the course', () => {
    const broken = structuredClone(areas);
    item(broken.areas, 0).parts = [99];
    expect(issues(masteryAreasSchema({ partNumbers }).safeParse(broken))).toEqual([
      'areas.0.parts.0: this part number is not in content/course.yaml',
    ]);
  });

  it('bands with a gap', () => {
    const card = yaml('content/rubrics/scorecard.yaml') as { bands: { min: number }[] };
    item(card.bands, 1).min = 10;
    expect(issues(scorecardSchema.safeParse(card)).join('\n')).toMatch(/band "internal-demo" must start at 9/);
  });

  it('a ladder criterion listed under the wrong level', () => {
    const ladder = yaml('content/rubrics/skill-ladder.yaml') as { levels: { criteria: { id: string }[] }[] };
    item(item(ladder.levels, 1).criteria, 0).id = 'l3-something';
    expect(issues(skillLadderSchema.safeParse(ladder))).toEqual([
      'levels.1.criteria.0.id: criteria of level 2 start with "l2-"',
    ]);
  });

  it('a checklist item id used twice', () => {
    const list = yaml('content/rubrics/checklist.yaml') as { groups: { items: { id: string }[] }[] };
    item(item(list.groups, 1).items, 0).id = 'code-gofmt';
    expect(issues(checklistSchema.safeParse(list)).join('\n')).toMatch(/item "code-gofmt" is used twice/);
  });

  it('failure-mode columns that do not match FailureModeRow', () => {
    const doc = yaml('content/rubrics/review-document.yaml') as { failureModes: { columns: unknown[] } };
    doc.failureModes.columns.reverse();
    expect(issues(reviewDocumentSchema.safeParse(doc)).join('\n')).toContain(
      `columns must be ${FAILURE_MODE_COLUMN_IDS.join(', ')}`,
    );
  });

  it('projects that do not fill the planned weeks', () => {
    const data = {
      cadence: { weeks: 12, steps: [] },
      projects: { projects: [{ weeks: [{}, {}] }] },
    } as unknown as ReferenceData;
    expect(referenceProblems(data)).toEqual([
      'content/mastery/next-projects.yaml has 2 project weeks, but content/mastery/cadence.yaml plans 12',
    ]);
  });
});
