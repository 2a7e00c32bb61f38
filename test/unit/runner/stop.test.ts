import { afterAll, describe, expect, it } from 'vitest';
import { enginesUnderTest } from '../../runner/engines.ts';
import type { GoEngine } from '../../../src/runner/types.ts';
import { isStopped } from '../../../src/runner/stopped.ts';

const loop = { 'main.go': 'package main\n\nfunc main() {\n\tfor {\n\t}\n}\n' };
const loopTest = {
  'loop_test.go': 'package loop\n\nimport "testing"\n\nfunc TestForever(t *testing.T) {\n\tfor {\n\t}\n}\n',
  'go.mod': 'module example.com/loop\n\ngo 1.26\n',
};

describe.each(enginesUnderTest('runner'))('Stop on the $label engine', ({ unavailable, create }) => {
  let engine: GoEngine | undefined;
  afterAll(() => engine?.dispose());

  it.skipIf(unavailable !== undefined)(
    'ends an endless program and its tests at once, rejects as stopped, and runs again',
    { timeout: 120_000 },
    async () => {
      const go = await create();
      engine = go;
      // Warm first, so the stop below lands while the program runs, not while it builds.
      expect((await go.runProgram({ 'main.go': 'package main\n\nfunc main() {}\n' })).status).toBe('ok');

      for (const run of [
        (signal: AbortSignal) => go.runProgram(loop, { timeoutMs: 60_000, signal }),
        (signal: AbortSignal) => go.runTests(loopTest, { timeoutMs: 60_000, signal }),
      ]) {
        const controller = new AbortController();
        const started = performance.now();
        const pending = run(controller.signal);
        setTimeout(() => controller.abort(), 3_000);
        const err = await pending.then(
          () => null,
          (e: unknown) => e,
        );
        expect(isStopped(err)).toBe(true);
        // Long before the 60 s deadline: the stop ended it, not the timer.
        expect(performance.now() - started).toBeLessThan(30_000);
      }

      // Already stopped: nothing starts.
      const stopped = new AbortController();
      stopped.abort();
      await expect(go.runProgram(loop, { signal: stopped.signal })).rejects.toMatchObject({ name: 'AbortError' });

      const next = await go.runProgram({ 'main.go': 'package main\n\nfunc main() { println("again") }\n' });
      expect(next).toMatchObject({ status: 'ok', stderr: 'again\n' });
    },
  );
});
