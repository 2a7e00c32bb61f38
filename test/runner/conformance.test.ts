/**
 * Runs every case in test/runner/cases on each engine and checks the result
 * against the case's expectations (see README.md in this folder).
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { GoEngine, RunResult } from '../../src/runner/types.ts';
import { expectationFor, loadCases, skipReason, type ConformanceCase } from './cases.ts';
import { mismatches } from './compare.ts';
import { GO_NOT_FOUND, enginesUnderTest } from './engines.ts';

// Compile + link on wasm takes seconds when cold; a case may also wait for a slot.
const CASE_TIMEOUT_MS = 240_000;
// The machine running CI has two cores: more parallel builds only queue.
const PARALLEL_RUNS = 2;

const cases = await loadCases();
const engines = enginesUnderTest();
if (engines.some((e) => e.unavailable === GO_NOT_FOUND)) console.log(GO_NOT_FOUND);

const slots = semaphore(PARALLEL_RUNS);

for (const engine of engines) {
  describe.skipIf(engine.unavailable !== undefined)(`${engine.label} engine`, () => {
    let instance: Promise<GoEngine> | undefined;
    const getEngine = () => (instance ??= engine.create());
    afterAll(async () => {
      if (instance) await (await instance).dispose();
    });
    beforeAll(async () => {
      await getEngine();
    }, CASE_TIMEOUT_MS);

    for (const c of cases) {
      const skip = skipReason(c.spec, engine.name);
      it(
        `${c.name} behaves like real Go: ${c.spec.description}`,
        { concurrent: true, timeout: CASE_TIMEOUT_MS },
        async (ctx) => {
          if (skip !== undefined) return ctx.skip(skip);
          const result = await slots(async () => runCase(await getEngine(), c));
          const problems = mismatches(result, expectationFor(c.spec, engine.name));
          if (problems.length > 0) throw new Error(report(c, engine.label, result, problems));
        },
      );
    }
  });
}

function runCase(engine: GoEngine, c: ConformanceCase): Promise<RunResult> {
  const { kind, stdin, timeoutMs, run, bench, benchmem, benchtime } = c.spec;
  if (kind === 'test')
    return engine.runTests(c.files, {
      ...(run !== undefined && { run }),
      ...(timeoutMs && { timeoutMs }),
      ...(bench !== undefined && { bench }),
      ...(benchmem !== undefined && { benchmem }),
      ...(benchtime !== undefined && { benchtime }),
    });
  return engine.runProgram(c.files, { ...(stdin !== undefined && { stdin }), ...(timeoutMs && { timeoutMs }) });
}

function report(c: ConformanceCase, engine: string, result: RunResult, problems: string[]): string {
  const context = result.stderr ? `\n  stderr was:\n${result.stderr.slice(0, 2000).replace(/^/gm, '    | ')}` : '';
  return `case ${c.name} on ${engine}: ${problems.length} mismatch(es)\n  ${problems.join('\n  ')}${context}`;
}

/** Runs at most `n` tasks at once. */
function semaphore(n: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= n) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await task();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}
