import { z } from 'astro/zod';
import { MASTERY_AREA_IDS } from '../mastery-areas';

/** The five steps of the weekly cadence, in order; stored in plans as task kinds. */
export const CADENCE_STEP_IDS = ['ship', 'measure', 'review', 'refactor', 'document'] as const;
export type CadenceStepId = (typeof CADENCE_STEP_IDS)[number];

/** What the reference schemas need to know about the rest of the course. */
export interface ReferenceSchemaContext {
  /** Part numbers listed in content/course.yaml. */
  partNumbers: ReadonlySet<number>;
}

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id like "rest-service"');
const sentence = (max: number) => z.string().trim().min(3).max(max);

/** Adds an issue for every id that appears more than once in `ids`. */
export function checkUnique(ctx: z.RefinementCtx, ids: readonly string[], path: (string | number)[], what: string) {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [...path, i], message: `${what} "${id}" is used twice` });
    seen.add(id);
  });
}

/** One mastery area (content/mastery/areas.yaml). */
export function masteryAreaSchema(context: ReferenceSchemaContext) {
  return z
    .object({
      id: z.enum(MASTERY_AREA_IDS).describe('Stable id from src/lib/mastery-areas.ts; stored in assessments.'),
      title: sentence(40).describe('Short name shown on the map, e.g. "Concurrency".'),
      question: sentence(160).describe('The question a learner answers honestly when scoring this area.'),
      levels: z
        .object({
          1: sentence(240),
          2: sentence(240),
          3: sentence(240),
          4: sentence(240),
          5: sentence(240),
        })
        .strict()
        .describe('What each self-score from 1 to 5 means in this area, written as "I …" statements.'),
      parts: z
        .array(
          z
            .number()
            .int()
            .refine((n) => context.partNumbers.has(n), { message: 'this part number is not in content/course.yaml' }),
        )
        .min(1)
        .describe('Parts whose lessons teach this area, in the order to review them.'),
    })
    .strict();
}

/** content/mastery/areas.yaml: exactly the 13 areas, in the order of MASTERY_AREA_IDS. */
export function masteryAreasSchema(context: ReferenceSchemaContext) {
  return z
    .object({ areas: z.array(masteryAreaSchema(context)).describe('The 13 areas, in map order.') })
    .strict()
    .superRefine((doc, ctx) => {
      const ids = doc.areas.map((a) => a.id);
      checkUnique(ctx, ids, ['areas'], 'area');
      if (ids.join() !== MASTERY_AREA_IDS.join()) {
        ctx.addIssue({
          code: 'custom',
          path: ['areas'],
          message: `areas must be exactly ${MASTERY_AREA_IDS.join(', ')} in that order; found ${ids.join(', ')}`,
        });
      }
    });
}

/** content/mastery/cadence.yaml: the weekly rhythm of the plan. */
export const cadenceSchema = z
  .object({
    weeks: z.number().int().min(1).max(52).describe('How many weeks the plan lasts.'),
    steps: z
      .array(
        z
          .object({
            id: z.enum(CADENCE_STEP_IDS).describe('Stable step id; stored in plans as the task kind.'),
            title: sentence(30).describe('Shown as the task label, e.g. "Ship".'),
            summary: sentence(200).describe('Why this step matters, shown on the plan page.'),
          })
          .strict(),
      )
      .describe('The five steps, each week, in this order.'),
  })
  .strict()
  .superRefine((doc, ctx) => {
    const ids = doc.steps.map((s) => s.id);
    if (ids.join() !== CADENCE_STEP_IDS.join()) {
      ctx.addIssue({ code: 'custom', path: ['steps'], message: `steps must be ${CADENCE_STEP_IDS.join(', ')}` });
    }
  });

/** One week of a next project: a title and one concrete task per cadence step. */
export const projectWeekSchema = z
  .object({
    title: sentence(60).describe('The week\'s theme, e.g. "A walking skeleton".'),
    tasks: z
      .object(
        Object.fromEntries(CADENCE_STEP_IDS.map((id) => [id, sentence(320)])) as Record<CadenceStepId, z.ZodString>,
      )
      .strict()
      .describe('One concrete, checkable task per cadence step.'),
  })
  .strict();

/** One of the next projects (content/mastery/next-projects.yaml). */
export const nextProjectSchema = z
  .object({
    id: kebabId.describe('Stable id; prefix of the plan task ids built from it. Never rename.'),
    title: sentence(60).describe('Shown as the project name.'),
    summary: sentence(200).describe('One sentence on what the project is.'),
    builds: z.array(sentence(100)).min(3).describe('What the learner builds, as short noun phrases.'),
    goal: sentence(160).describe('What finishing the project proves.'),
    areas: z
      .array(z.enum(MASTERY_AREA_IDS))
      .min(1)
      .describe('Mastery areas the project exercises most; the plan prefers these for the review tasks of its weeks.'),
    weeks: z
      .array(projectWeekSchema)
      .min(1)
      .describe("The project's weeks in order. Never reorder: task ids use the position."),
  })
  .strict();

/** content/mastery/next-projects.yaml: the four projects in plan order. */
export const nextProjectsSchema = z
  .object({ projects: z.array(nextProjectSchema).min(1).describe('The projects, in the order the plan takes them.') })
  .strict()
  .superRefine((doc, ctx) => {
    checkUnique(
      ctx,
      doc.projects.map((p) => p.id),
      ['projects'],
      'project',
    );
  });

export type MasteryAreasDoc = z.infer<ReturnType<typeof masteryAreasSchema>>;
export type MasteryArea = MasteryAreasDoc['areas'][number];
export type Cadence = z.infer<typeof cadenceSchema>;
export type NextProjectsDoc = z.infer<typeof nextProjectsSchema>;
export type NextProject = z.infer<typeof nextProjectSchema>;
