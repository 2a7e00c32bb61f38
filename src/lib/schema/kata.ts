import { z } from 'astro/zod';
import { MASTERY_AREA_IDS, type MasteryAreaId } from '../mastery-areas';
import { goFileName, goFiles, sharedMetaFields } from './exercise';

/**
 * Review katas: exercises/<slug>/ folders with `kind: review`. The learner
 * reviews realistic Go code (or a diff) and the page grades the review
 * against an answer key whose provable findings are proven by Go tests.
 */

/** The review layers a finding belongs to (part 35), as stable ids. */
export const REVIEW_CATEGORIES = [
  'domain',
  'api-contract',
  'persistence',
  'concurrency',
  'security',
  'operations',
  'performance',
  'maintainability',
] as const;
export type ReviewCategory = (typeof REVIEW_CATEGORIES)[number];

/** How the page names each category. */
export const REVIEW_CATEGORY_LABELS: Record<ReviewCategory, string> = {
  domain: 'Domain correctness',
  'api-contract': 'API contract',
  persistence: 'Persistence and transactions',
  concurrency: 'Concurrency and lifecycle',
  security: 'Security',
  operations: 'Observability and operations',
  performance: 'Performance',
  maintainability: 'Maintainability',
};

/** The mastery area a finding of each category gives evidence for (unless the finding names its own). */
export const CATEGORY_MASTERY: Record<ReviewCategory, MasteryAreaId> = {
  domain: 'architecture',
  'api-contract': 'http',
  persistence: 'database',
  concurrency: 'concurrency',
  security: 'security',
  operations: 'operations',
  performance: 'runtime',
  maintainability: 'architecture',
};

export const SEVERITIES = ['blocking', 'important', 'nit'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** exercise.yaml of a review kata. */
export const kataMetaSchema = z
  .object({
    kind: z.literal('review').describe('Marks the folder as a review kata rather than a coding exercise.'),
    ...sharedMetaFields,
    files: z.array(goFileName).min(1).describe('Files under review, in tab order; each exists in review/ and fixed/.'),
  })
  .strict();

/** One finding of the answer key. */
export const findingSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      .describe('Stable id of the finding, kebab-case.'),
    file: goFileName.describe('The reviewed file the finding is in.'),
    lines: z
      .tuple([z.number().int().min(1), z.number().int().min(1)])
      .refine(([a, b]) => a <= b, 'the first line must not come after the last')
      .describe('First and last line (1-based, inclusive) of the code the finding is about.'),
    category: z.enum(REVIEW_CATEGORIES),
    severity: z.enum(SEVERITIES),
    title: z.string().min(5).max(120).describe('The finding in one line, as a review comment title.'),
    comment: z
      .string()
      .min(40)
      .describe('What a senior reviewer would write: the problem, its impact, the fix (Markdown).'),
    mastery: z.enum(MASTERY_AREA_IDS).optional().describe('Overrides the area the category gives evidence for.'),
    test: z
      .string()
      .regex(/^Test[A-Za-z0-9_]*$/)
      .optional()
      .describe('A Go test in tests/ that fails on review/ and passes on fixed/, proving the finding.'),
    html: z.string().optional().describe('The comment rendered by the content loader; absent in scripts and tests.'),
  })
  .strict();

export type Finding = z.infer<typeof findingSchema>;

/** key.yaml: the answer key. */
export const kataKeySchema = z
  .object({
    findings: z.array(findingSchema).min(1),
  })
  .strict();

/** A whole kata folder, assembled by the loader and validated together. */
export const kataSchema = z
  .object({
    meta: kataMetaSchema,
    readme: z.string().min(50).describe('README.md: what the change does and what the reviewer is asked to do.'),
    review: goFiles.describe('review/: the code under review; compiles and passes go vet.'),
    before: goFiles.describe('before/: optional; when present the review is of the diff before/ → review/.'),
    fixed: goFiles.describe('fixed/: the code with every finding addressed.'),
    tests: goFiles.describe('tests/: Go tests proving the provable findings.'),
    key: kataKeySchema,
  })
  .superRefine((kata, ctx) => {
    for (const file of kata.meta.files) {
      if (!(file in kata.review))
        ctx.addIssue({ code: 'custom', path: ['review', file], message: 'listed in files but missing from review/' });
      if (!(file in kata.fixed))
        ctx.addIssue({ code: 'custom', path: ['fixed', file], message: 'listed in files but missing from fixed/' });
    }
    const ids = new Set<string>();
    kata.key.findings.forEach((f, i) => {
      if (ids.has(f.id))
        ctx.addIssue({ code: 'custom', path: ['key', 'findings', i, 'id'], message: `duplicate id ${f.id}` });
      ids.add(f.id);
      const text = kata.review[f.file];
      if (text === undefined || !kata.meta.files.includes(f.file)) {
        ctx.addIssue({
          code: 'custom',
          path: ['key', 'findings', i, 'file'],
          message: `${f.file} is not a reviewed file`,
        });
        return;
      }
      const lines = text.split('\n').length;
      if (f.lines[1] > lines) {
        ctx.addIssue({
          code: 'custom',
          path: ['key', 'findings', i, 'lines'],
          message: `${f.file} has ${lines} lines; the finding ends at ${f.lines[1]}`,
        });
      }
      if (f.test && !Object.values(kata.tests).some((t) => new RegExp(`func ${f.test}\\(`).test(t))) {
        ctx.addIssue({ code: 'custom', path: ['key', 'findings', i, 'test'], message: `no func ${f.test} in tests/` });
      }
    });
    const testFiles = Object.keys(kata.tests);
    if (!testFiles.every((f) => f.endsWith('_test.go'))) {
      ctx.addIssue({ code: 'custom', path: ['tests'], message: 'tests/ must hold only *_test.go files' });
    }
  });

export type KataMeta = z.infer<typeof kataMetaSchema>;
export type Kata = z.infer<typeof kataSchema>;

/** The mastery area a finding gives evidence for. */
export function findingArea(finding: Pick<Finding, 'category' | 'mastery'>): MasteryAreaId {
  return finding.mastery ?? CATEGORY_MASTERY[finding.category];
}
