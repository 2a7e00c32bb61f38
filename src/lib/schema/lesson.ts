import { z } from 'astro/zod';
import { MASTERY_AREA_IDS } from '../mastery-areas';

/** What the lesson schema needs to know about the rest of the course. */
export interface LessonSchemaContext {
  /** Part numbers listed in content/course.yaml. */
  partNumbers: ReadonlySet<number>;
  /** Slugs of the folders in exercises/. */
  exerciseSlugs: ReadonlySet<string>;
}

/** Builds the frontmatter schema of a lesson, checked against the course outline. */
export function lessonSchema(context: LessonSchemaContext) {
  return z
    .object({
      part: z
        .number()
        .int()
        .refine((n) => context.partNumbers.has(n), {
          message: 'this part number is not listed in content/course.yaml',
        })
        .describe('The part this lesson teaches; must exist in content/course.yaml and be unique.'),
      title: z.string().min(3).max(90).describe('Lesson title as shown on the page.'),
      summary: z
        .string()
        .min(20)
        .max(220)
        .describe('One or two sentences: what the learner will be able to do afterwards.'),
      minutes: z
        .number()
        .int()
        .min(5)
        .max(240)
        .describe('Estimated minutes for reading, running the examples and the exercise.'),
      objectives: z
        .array(z.string().min(10).max(160))
        .min(3)
        .max(8)
        .describe('Learning objectives, each starting with a verb.'),
      mastery: z
        .array(z.enum(MASTERY_AREA_IDS))
        .min(1)
        .describe('Ids of the mastery areas this lesson feeds (the 13-area mastery map).'),
      prerequisites: z
        .array(
          z
            .number()
            .int()
            .refine((n) => context.partNumbers.has(n), { message: 'prerequisite part does not exist' }),
        )
        .default([])
        .describe('Part numbers a learner should finish first.'),
      exercises: z
        .array(
          z.string().refine((slug) => context.exerciseSlugs.has(slug), {
            message: 'no folder with this slug in exercises/',
          }),
        )
        .default([])
        .describe('Slugs of the graded exercises embedded in the lesson.'),
      draft: z
        .boolean()
        .default(false)
        .describe('A draft lesson is not published: no page, listed as not yet published.'),
    })
    .strict();
}

export type LessonFrontmatter = z.infer<ReturnType<typeof lessonSchema>>;
