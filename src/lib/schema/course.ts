import { z } from 'astro/zod';

/** A stage groups consecutive parts of the course. */
export const stageSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .describe('Stable id, kebab-case; parts refer to it.'),
  title: z.string().min(1).describe('Shown as the stage heading.'),
  summary: z.string().min(1).describe('One sentence on what the stage teaches.'),
});

/** One of the 35 parts, published or not. */
export const partSchema = z.object({
  part: z.number().int().min(1).describe('Position in the course, 1-based, unique.'),
  slug: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    .describe('Stable URL id; the lesson file is part-NN-<slug>.mdx. Never rename.'),
  title: z.string().min(1).describe('The title from the series outline.'),
  stage: z.string().describe('Id of the stage this part belongs to.'),
});

/** The whole outline: stages in order, parts in order, each part in a known stage. */
export const courseSchema = z
  .object({
    stages: z.array(stageSchema).min(1),
    parts: z.array(partSchema).min(1),
  })
  .superRefine((course, ctx) => {
    const stageIds = new Set(course.stages.map((s) => s.id));
    const seenParts = new Set<number>();
    const seenSlugs = new Set<string>();
    course.parts.forEach((p, i) => {
      if (!stageIds.has(p.stage)) {
        ctx.addIssue({ code: 'custom', path: ['parts', i, 'stage'], message: `unknown stage "${p.stage}"` });
      }
      if (seenParts.has(p.part)) {
        ctx.addIssue({ code: 'custom', path: ['parts', i, 'part'], message: `part ${p.part} is listed twice` });
      }
      if (seenSlugs.has(p.slug)) {
        ctx.addIssue({ code: 'custom', path: ['parts', i, 'slug'], message: `slug "${p.slug}" is used twice` });
      }
      if (p.part !== i + 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['parts', i, 'part'],
          message: `expected part ${i + 1} here, found ${p.part}`,
        });
      }
      seenParts.add(p.part);
      seenSlugs.add(p.slug);
    });
  });

export type Stage = z.infer<typeof stageSchema>;
export type Part = z.infer<typeof partSchema>;
export type Course = z.infer<typeof courseSchema>;
