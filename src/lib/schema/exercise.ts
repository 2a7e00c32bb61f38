import { z } from 'astro/zod';
import { MASTERY_AREA_IDS } from '../mastery-areas';
import { DIRECT_MODULES } from '../go-modules';

/** A plain Go file name, as exercise and kata folders hold them. */
export const goFileName = z.string().regex(/^[a-z0-9_]+\.go$/, 'must be a plain Go file name like "shapes.go"');
/** Go files by name. */
export const goFiles = z.record(goFileName, z.string());

/** Fields every exercise.yaml has, coding exercise or review kata. */
export const sharedMetaFields = {
  slug: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    .describe('Stable id; equals the folder name.'),
  title: z.string().min(3).max(90).describe('Shown above the task.'),
  part: z.number().int().min(1).describe('The part (lesson) this exercise belongs to.'),
  mastery: z.array(z.enum(MASTERY_AREA_IDS)).min(1).describe('Mastery areas this exercise gives evidence for.'),
  difficulty: z.enum(['intro', 'core', 'challenge']).describe('How demanding the task is.'),
  minutes: z.number().int().min(5).max(180).describe('Estimated minutes to solve.'),
  module: z
    .string()
    .regex(/^[a-z0-9.-]+(\/[A-Za-z0-9._-]+)*$/)
    .optional()
    .describe('Go module path of the package; defaults to example.com/<slug>.'),
};

/** exercise.yaml: what an author writes. */
export const exerciseMetaSchema = z
  .object({
    ...sharedMetaFields,
    kind: z
      .enum(['code', 'tests'])
      .default('code')
      .describe(
        'code: the learner writes code that tests/ grade. tests: the learner writes the tests (files are *_test.go), which must pass on subject/ and fail on every faulty/ implementation.',
      ),
    engines: z
      .array(z.enum(['wasm', 'native']))
      .min(1)
      .describe('Where it can be graded: wasm (in the browser and Node, no Go needed) and/or native (real go).'),
    nativeOnlyReason: z
      .string()
      .min(10)
      .optional()
      .describe('Required when engines lacks wasm: why the in-browser runner cannot grade it.'),
    files: z
      .array(goFileName)
      .min(1)
      .describe('Files the learner edits, in tab order; each exists in starter/ and solution/.'),
    race: z
      .boolean()
      .default(false)
      .describe('Uses goroutines: verification also runs go test -race when go is present.'),
    modules: z
      .array(z.enum(DIRECT_MODULES.map((m) => m.path) as [string, ...string[]]))
      .optional()
      .describe(
        'Pinned third-party modules the package imports (src/lib/go-modules.ts): go.mod requires them, go.sum pins them.',
      ),
  })
  .strict()
  .superRefine((meta, ctx) => {
    if (!meta.engines.includes('wasm') && !meta.nativeOnlyReason) {
      ctx.addIssue({ code: 'custom', path: ['nativeOnlyReason'], message: 'native-only exercises must say why' });
    }
  });

/** A hint as it appears in hints.md under a `## Hint N` heading. */
export const hintSchema = z.object({
  title: z.string(),
  markdown: z.string().min(1),
  html: z.string().optional().describe('Rendered by the content loader; absent in scripts and tests.'),
});

/** faulty/<name>/: a wrong implementation for a test-writing exercise (fault.yaml plus the files it replaces). */
export const faultSchema = z.object({
  name: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  description: z
    .string()
    .min(10)
    .max(300)
    .describe('fault.yaml description: the bug, shown once the learner solves the exercise.'),
  hint: z
    .string()
    .min(10)
    .max(200)
    .describe('fault.yaml hint: what behaviour to test, shown while this fault is not caught.'),
  files: goFiles.describe('Replacements for files of subject/.'),
});

/** Fewest faulty implementations a test-writing exercise has. */
export const MIN_FAULTS = 4;

type Ctx = z.RefinementCtx;

/** The rules of a kind: tests folder: test files to write, a subject, hidden faults that replace its files. */
function testWritingProblems(
  ex: {
    meta: { files: string[] };
    starter: Record<string, string>;
    solution: Record<string, string>;
    tests: Record<string, string>;
    subject: Record<string, string>;
    faulty: z.infer<typeof faultSchema>[];
  },
  ctx: Ctx,
): void {
  for (const file of ex.meta.files) {
    if (!file.endsWith('_test.go'))
      ctx.addIssue({
        code: 'custom',
        path: ['meta', 'files'],
        message: `${file}: the learner writes tests, so files are *_test.go`,
      });
    for (const where of ['starter', 'solution'] as const)
      if (!(file in ex[where]))
        ctx.addIssue({ code: 'custom', path: [where, file], message: `listed in files but missing from ${where}/` });
  }
  if (Object.keys(ex.subject).length === 0)
    ctx.addIssue({ code: 'custom', path: ['subject'], message: 'subject/ must hold the implementation under test' });
  if (Object.keys(ex.tests).length > 0)
    ctx.addIssue({
      code: 'custom',
      path: ['tests'],
      message: 'a test-writing exercise grades the learner’s tests: tests/ stays empty',
    });
  if (ex.faulty.length < MIN_FAULTS)
    ctx.addIssue({
      code: 'custom',
      path: ['faulty'],
      message: `needs at least ${MIN_FAULTS} faulty implementations in faulty/`,
    });
  ex.faulty.forEach((f, i) => {
    for (const file of Object.keys(f.files))
      if (!(file in ex.subject))
        ctx.addIssue({
          code: 'custom',
          path: ['faulty', i, 'files', file],
          message: `faulty/${f.name}/${file} replaces no file of subject/`,
        });
    if (Object.keys(f.files).length === 0)
      ctx.addIssue({ code: 'custom', path: ['faulty', i], message: `faulty/${f.name} replaces no file` });
  });
}

/** The whole exercise folder, assembled by the loader and validated together. */
export const exerciseSchema = z
  .object({
    meta: exerciseMetaSchema,
    readme: z.string().min(50).describe('README.md: the task.'),
    hints: z.array(hintSchema).min(2).describe('hints.md: at least two progressive hints.'),
    starter: goFiles.describe('starter/: compiles, has the signatures, fails the tests.'),
    solution: goFiles.describe('solution/: the idiomatic reference.'),
    tests: z
      .record(
        z
          .string()
          .regex(
            /^([a-z0-9_]+\.go|testdata\/[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*)$/,
            'must be a Go file name or a path under testdata/',
          ),
        z.string(),
      )
      .describe(
        'tests/: the Go tests, *_test.go, and optional testdata/ (fuzz corpora, golden files); empty for kind: tests.',
      ),
    subject: goFiles.describe('subject/ (kind: tests): the correct implementation the learner tests, shown read-only.'),
    faulty: z
      .array(faultSchema)
      .describe('faulty/<name>/ (kind: tests): wrong implementations the learner’s tests must fail on, hidden.'),
  })
  .superRefine((ex, ctx) => {
    if (ex.meta.kind === 'tests') {
      testWritingProblems(ex, ctx);
      return;
    }
    for (const file of ex.meta.files) {
      if (!(file in ex.starter))
        ctx.addIssue({ code: 'custom', path: ['starter', file], message: 'listed in files but missing from starter/' });
      if (!(file in ex.solution))
        ctx.addIssue({
          code: 'custom',
          path: ['solution', file],
          message: 'listed in files but missing from solution/',
        });
    }
    const testFiles = Object.keys(ex.tests).filter((f) => !f.startsWith('testdata/'));
    if (testFiles.length === 0 || !testFiles.every((f) => f.endsWith('_test.go'))) {
      ctx.addIssue({
        code: 'custom',
        path: ['tests'],
        message: 'tests/ must hold one or more *_test.go files (and optionally testdata/) and nothing else',
      });
    }
  });

export type ExerciseMeta = z.infer<typeof exerciseMetaSchema>;
export type Exercise = z.infer<typeof exerciseSchema>;

/** The Go module path of an exercise. */
export function exerciseModule(meta: Pick<ExerciseMeta, 'slug' | 'module'>): string {
  return meta.module ?? `example.com/${meta.slug}`;
}

/** Splits hints.md into hints at each `## ` heading. */
export function parseHints(markdown: string): { title: string; markdown: string }[] {
  const hints: { title: string; markdown: string }[] = [];
  let current: { title: string; lines: string[] } | undefined;
  for (const line of markdown.split('\n')) {
    const heading = /^##\s+(.+?)\s*$/.exec(line);
    if (heading?.[1] !== undefined) {
      if (current) hints.push({ title: current.title, markdown: current.lines.join('\n').trim() });
      current = { title: heading[1], lines: [] };
    } else if (current) {
      current.lines.push(line);
    }
  }
  if (current) hints.push({ title: current.title, markdown: current.lines.join('\n').trim() });
  return hints;
}

/**
 * mutants/<name>/mutant.yaml: one realistic wrong solution. Its .go files
 * replace the solution's files of the same name; the exercise's tests must
 * fail for it on every engine the exercise declares.
 */
export const mutantMetaSchema = z
  .object({
    description: z
      .string()
      .min(10)
      .max(200)
      .describe('One line: the mistake this wrong solution makes, as a reviewer would name it.'),
    mistake: z
      .string()
      .regex(/^[a-z]+(-[a-z]+)*$/)
      .describe('The class of mistake, kebab-case: e.g. off-by-one, missing-validation, check-then-act-race.'),
  })
  .strict();

export type MutantMeta = z.infer<typeof mutantMetaSchema>;

/** A mutant as read from its folder: name, mutant.yaml (validated) and the files it replaces. */
export interface Mutant {
  name: string;
  meta: MutantMeta;
  files: Record<string, string>;
}

/** Fewest mutants an exercise may carry. */
export const MIN_MUTANTS = 6;

/** What is wrong with a mutant's folder (empty when it is well-formed). */
export function mutantProblems(
  exercise: Pick<Exercise, 'meta' | 'solution'>,
  mutant: { name: string; files: Record<string, string> },
): string[] {
  const problems: string[] = [];
  const names = Object.keys(mutant.files);
  if (names.length === 0) problems.push(`mutants/${mutant.name} replaces no file`);
  for (const file of names) {
    if (!exercise.meta.files.includes(file)) {
      problems.push(
        `mutants/${mutant.name}/${file} is not one of the learner's files (${exercise.meta.files.join(', ')})`,
      );
    } else if (mutant.files[file] === exercise.solution[file]) {
      problems.push(`mutants/${mutant.name}/${file} is identical to the solution`);
    }
  }
  return problems;
}
