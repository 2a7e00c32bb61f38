/**
 * The schema of a conformance case's `case.yaml`. The schema is the reference:
 * every field says what it means with `.describe(...)`.
 */
import { z } from 'astro/zod';

const runStatus = z
  .enum(['ok', 'failed', 'compile-error', 'panic', 'timeout', 'runtime-error'])
  .describe('RunResult.status, as defined in src/runner/types.ts');

const testExpectation = z
  .object({
    name: z.string().min(1).describe('Test name as `go test -json` reports it; subtests are `Parent/child`'),
    status: z.enum(['pass', 'fail', 'skip']),
    outputContains: z
      .array(z.string())
      .optional()
      .describe("Substrings of the test's own output (t.Log, t.Error, panics), e.g. a got/want line"),
  })
  .strict();

const benchmarkExpectation = z
  .object({
    name: z.string().min(1).describe('Benchmark name without the -GOMAXPROCS suffix; sub-benchmarks `Parent/child`'),
    iterations: z.number().int().positive().optional().describe('b.N of the final run (fix it with benchtime: Nx)'),
    bytesPerOp: z.number().int().nonnegative().optional().describe('B/op (needs benchmem or b.ReportAllocs)'),
    allocsPerOp: z.number().int().nonnegative().optional().describe('allocs/op (needs benchmem or b.ReportAllocs)'),
    metrics: z.record(z.string(), z.number()).optional().describe('b.ReportMetric values by unit'),
  })
  .strict();

const diagnostic = z
  .object({
    file: z.string().describe('File name as given to the runner, e.g. `main.go` (no `./`)'),
    line: z.number().int().positive(),
    column: z.number().int().positive(),
    message: z.string().describe('The message exactly as the Go compiler prints it'),
  })
  .strict();

/** Every field an expectation may set; shared by `expect` and the per-engine overrides. */
const expectationShape = {
  status: runStatus,
  exitCode: z
    .number()
    .int()
    .nullable()
    .optional()
    .describe('Exit code of the program or test binary; null when it never ran or was killed. Unchecked if absent'),
  stdout: z.string().optional().describe('Exact standard output'),
  stdoutContains: z.array(z.string()).optional().describe('Substrings stdout must contain, for output that varies'),
  stdoutMatches: z.string().optional().describe('A regular expression (JavaScript syntax) stdout must match'),
  stderr: z.string().optional().describe('Exact standard error'),
  stderrContains: z.array(z.string()).optional().describe('Substrings stderr must contain'),
  stderrExcludes: z.array(z.string()).optional().describe('Substrings stderr must not contain'),
  truncated: z.boolean().optional().describe('Whether output hit the runner cap; false when absent'),
  tests: z
    .array(testExpectation)
    .optional()
    .describe('Per-test results (test cases only), compared by name regardless of order'),
  benchmarks: z
    .array(benchmarkExpectation)
    .optional()
    .describe('Benchmark results (test cases with `bench`), by name; ns/op is never compared'),
  testsMatch: z
    .enum(['exact', 'listed'])
    .optional()
    .describe('`exact` (default): the run reports exactly these tests; `listed`: at least these, e.g. after a timeout'),
  diagnostics: z
    .array(diagnostic)
    .optional()
    .describe('Compiler diagnostics, compared as a set; required for compile-error, empty for link errors'),
};

const expectationFields = z.object(expectationShape).strict();

/** A complete expectation: what one engine must return for the case. */
export const expectationSchema = expectationFields.superRefine((e, ctx) => {
  if (e.status === 'compile-error' && e.diagnostics === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['diagnostics'],
      message: 'a compile-error expectation must list diagnostics',
    });
  }
  if (e.status !== 'compile-error' && e.diagnostics?.length) {
    ctx.addIssue({ code: 'custom', path: ['diagnostics'], message: 'diagnostics only make sense with compile-error' });
  }
  if (e.stdoutMatches !== undefined) {
    try {
      new RegExp(e.stdoutMatches);
    } catch (err) {
      ctx.addIssue({
        code: 'custom',
        path: ['stdoutMatches'],
        message: `not a valid regular expression: ${String(err)}`,
      });
    }
  }
});

export type Expectation = z.infer<typeof expectationSchema>;
export type ExpectationField = keyof typeof expectationShape;

const expectationFieldNames = Object.keys(expectationShape) as [ExpectationField, ...ExpectationField[]];

const engineOverride = expectationFields
  .partial()
  .extend({
    unset: z
      .array(z.enum(expectationFieldNames))
      .optional()
      .describe('Fields of `expect` this engine does not check, e.g. `[stdout]` when an override uses stdoutContains'),
    reason: z.string().min(1).describe('Why this engine legitimately differs'),
  })
  .strict();

export type EngineOverride = z.infer<typeof engineOverride>;

const platform = z
  .object({
    note: z.string().optional().describe('Anything a maintainer should know about engine differences'),
    nativeOnly: z.string().min(1).optional().describe('Reason the case cannot run on wasm; wasm skips it'),
    wasmOnly: z.string().min(1).optional().describe('Reason the case cannot run natively; native skips it'),
    wasm: engineOverride.optional().describe('Fields that replace `expect` on the wasm engine'),
    native: engineOverride.optional().describe('Fields that replace `expect` on the native engine'),
  })
  .strict()
  .refine((p) => !(p.nativeOnly && p.wasmOnly), { message: 'a case cannot be both nativeOnly and wasmOnly' });

export const caseSchema = z
  .object({
    description: z.string().min(1).describe('What the case covers, in one line'),
    kind: z.enum(['run', 'test']).describe('`run`: runProgram (package main); `test`: runTests'),
    stdin: z.string().optional().describe('Standard input for a run case'),
    timeoutMs: z.number().int().positive().optional().describe('Deadline for the binary; the runner default otherwise'),
    run: z.string().optional().describe('Test filter passed as -test.run (test cases only)'),
    bench: z.string().optional().describe('Benchmark filter passed as -test.bench (test cases only)'),
    benchmem: z.boolean().optional().describe('Pass -test.benchmem'),
    benchtime: z.string().optional().describe('Passed as -test.benchtime, e.g. `100x` for a fixed b.N'),
    expect: expectationSchema.describe('What every engine must return, unless platform overrides it'),
    platform: platform.optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    for (const field of ['run', 'bench', 'benchmem', 'benchtime'] as const) {
      if (c.kind === 'run' && c[field] !== undefined) {
        ctx.addIssue({ code: 'custom', path: [field], message: `\`${field}\` is a test flag: only for kind test` });
      }
    }
    if (c.kind === 'run' && c.expect.tests !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['expect', 'tests'], message: 'run cases report no tests' });
    }
    if (c.kind === 'test' && c.stdin !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['stdin'], message: 'runTests takes no stdin' });
    }
  });

export type ConformanceCaseSpec = z.infer<typeof caseSchema>;
