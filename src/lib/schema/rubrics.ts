import { z } from 'astro/zod';
import type { FailureModeRow } from '../learner/types';
import { checkUnique } from './mastery';

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id like "api-contract"');
const sentence = (max: number) => z.string().trim().min(1).max(max);

/** One area of the production-readiness scorecard. */
export const scorecardAreaSchema = z
  .object({
    id: kebabId.describe('Stable id; stored in scorecards as the key of its score.'),
    title: sentence(40).describe('Area name, e.g. "Idempotency".'),
    question: sentence(120).describe('The question the score answers.'),
    levels: z
      .object({ 0: sentence(200), 1: sentence(200), 2: sentence(200) })
      .strict()
      .describe('What a service scoring 0, 1 and 2 looks like in this area.'),
  })
  .strict();

/** A range of totals with its name. */
export const scorecardBandSchema = z
  .object({
    id: kebabId.describe('Stable id of the band.'),
    title: sentence(60).describe('Band name, e.g. "Internal demo".'),
    min: z.number().int().min(0).describe('Lowest total in the band, inclusive.'),
    max: z.number().int().min(0).describe('Highest total in the band, inclusive.'),
    meaning: sentence(200).describe('What a service in this band is fit for.'),
  })
  .strict();

/** content/rubrics/scorecard.yaml: the areas, and bands that cover every total from 0 to 2 × areas exactly once. */
export const scorecardSchema = z
  .object({
    areas: z.array(scorecardAreaSchema).min(1).describe('The scored areas, in display order.'),
    bands: z.array(scorecardBandSchema).min(1).describe('Bands from the lowest total to the highest.'),
  })
  .strict()
  .superRefine((doc, ctx) => {
    checkUnique(
      ctx,
      doc.areas.map((a) => a.id),
      ['areas'],
      'area',
    );
    checkUnique(
      ctx,
      doc.bands.map((b) => b.id),
      ['bands'],
      'band',
    );
    let next = 0;
    doc.bands.forEach((band, i) => {
      if (band.min !== next || band.max < band.min) {
        ctx.addIssue({
          code: 'custom',
          path: ['bands', i],
          message: `band "${band.id}" must start at ${next} and end at or after its start (found ${band.min}–${band.max})`,
        });
      }
      next = band.max + 1;
    });
    const maxTotal = doc.areas.length * 2;
    if (next !== maxTotal + 1) {
      ctx.addIssue({ code: 'custom', path: ['bands'], message: `the last band must end at ${maxTotal}` });
    }
  });

/** One checkable criterion of a skill-ladder level. */
export const ladderCriterionSchema = z
  .object({
    id: z
      .string()
      .regex(/^l[1-9]-[a-z0-9]+(-[a-z0-9]+)*$/, 'must look like "l3-graceful-shutdown" (level prefix, kebab-case)')
      .describe('Stable id, prefixed with its level; stored in scorecards as a checked box.'),
    text: sentence(160).describe('A checkable "I …" statement.'),
  })
  .strict();

/** One level of the skill ladder. */
export const ladderLevelSchema = z
  .object({
    level: z.number().int().min(1).describe('1 for the first rung; levels are consecutive.'),
    id: kebabId.describe('Stable id of the level.'),
    title: sentence(60).describe('Level name, e.g. "Senior Go engineer".'),
    summary: sentence(160).describe('One sentence describing the level.'),
    criteria: z.array(ladderCriterionSchema).min(1).describe('What someone at this level can do.'),
    limitations: z.array(sentence(160)).describe('What still tends to hold someone at this level back.'),
  })
  .strict();

/** content/rubrics/skill-ladder.yaml: consecutive levels from 1, criterion ids unique and prefixed by their level. */
export const skillLadderSchema = z
  .object({ levels: z.array(ladderLevelSchema).min(1).describe('The levels, lowest first.') })
  .strict()
  .superRefine((doc, ctx) => {
    doc.levels.forEach((level, i) => {
      if (level.level !== i + 1) {
        ctx.addIssue({ code: 'custom', path: ['levels', i, 'level'], message: `expected level ${i + 1} here` });
      }
      level.criteria.forEach((c, j) => {
        if (!c.id.startsWith(`l${level.level}-`)) {
          ctx.addIssue({
            code: 'custom',
            path: ['levels', i, 'criteria', j, 'id'],
            message: `criteria of level ${level.level} start with "l${level.level}-"`,
          });
        }
      });
    });
    checkUnique(
      ctx,
      doc.levels.flatMap((l) => l.criteria.map((c) => c.id)),
      ['levels'],
      'criterion',
    );
  });

/** content/rubrics/checklist.yaml: groups of yes/no items. */
export const checklistSchema = z
  .object({
    groups: z
      .array(
        z
          .object({
            id: kebabId.describe('Stable id of the group.'),
            title: sentence(60).describe('Group heading, e.g. "Operations".'),
            items: z
              .array(
                z
                  .object({
                    id: kebabId.describe('Stable id; stored in scorecards as a checked box.'),
                    text: sentence(160).describe('A statement that is either true of the service or not.'),
                  })
                  .strict(),
              )
              .min(1),
          })
          .strict(),
      )
      .min(1)
      .describe('The groups, in display order.'),
  })
  .strict()
  .superRefine((doc, ctx) => {
    checkUnique(
      ctx,
      doc.groups.map((g) => g.id),
      ['groups'],
      'group',
    );
    checkUnique(
      ctx,
      doc.groups.flatMap((g) => g.items.map((item) => item.id)),
      ['groups'],
      'item',
    );
  });

/** The columns of a failure-mode table, in order: the fields of FailureModeRow. */
export const FAILURE_MODE_COLUMN_IDS = [
  'step',
  'failure',
  'userImpact',
  'systemImpact',
  'handling',
  'observability',
  'followUp',
] as const satisfies readonly (keyof FailureModeRow)[];

const failureModeRowSchema = z
  .object(
    Object.fromEntries(FAILURE_MODE_COLUMN_IDS.map((id) => [id, sentence(200)])) as Record<
      keyof FailureModeRow,
      z.ZodString
    >,
  )
  .strict();

/** content/rubrics/review-document.yaml: the document's sections and its failure-mode table. */
export const reviewDocumentSchema = z
  .object({
    title: sentence(60).describe('Heading of the document; the service name follows it.'),
    sections: z
      .array(
        z
          .object({
            id: kebabId.describe('Stable id; stored in review documents as the key of its text.'),
            title: sentence(40).describe('Section heading.'),
            prompt: sentence(240).describe('What to write in this section.'),
            failureModes: z
              .boolean()
              .default(false)
              .describe('The failure-mode table belongs to this section (exactly one section).'),
          })
          .strict(),
      )
      .min(1)
      .describe('The sections, in document order.'),
    failureModes: z
      .object({
        columns: z
          .array(
            z
              .object({
                id: z.enum(FAILURE_MODE_COLUMN_IDS).describe('Field of FailureModeRow this column shows.'),
                title: sentence(30).describe('Column heading.'),
                prompt: sentence(120).describe('What to write in the column.'),
              })
              .strict(),
          )
          .describe('Every FailureModeRow field, in FAILURE_MODE_COLUMN_IDS order.'),
        exampleOperation: sentence(60).describe('The operation the example rows walk through.'),
        examples: z.array(failureModeRowSchema).min(1).describe('Example rows a learner can start from.'),
      })
      .strict(),
  })
  .strict()
  .superRefine((doc, ctx) => {
    checkUnique(
      ctx,
      doc.sections.map((s) => s.id),
      ['sections'],
      'section',
    );
    if (doc.sections.filter((s) => s.failureModes).length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['sections'],
        message: 'exactly one section must hold the failure-mode table',
      });
    }
    if (doc.failureModes.columns.map((c) => c.id).join() !== FAILURE_MODE_COLUMN_IDS.join()) {
      ctx.addIssue({
        code: 'custom',
        path: ['failureModes', 'columns'],
        message: `columns must be ${FAILURE_MODE_COLUMN_IDS.join(', ')} in that order`,
      });
    }
  });

export type ScorecardRubric = z.infer<typeof scorecardSchema>;
export type ScorecardArea = ScorecardRubric['areas'][number];
export type ScorecardBand = ScorecardRubric['bands'][number];
export type SkillLadder = z.infer<typeof skillLadderSchema>;
export type LadderLevel = SkillLadder['levels'][number];
export type Checklist = z.infer<typeof checklistSchema>;
export type ReviewDocumentTemplate = z.infer<typeof reviewDocumentSchema>;
