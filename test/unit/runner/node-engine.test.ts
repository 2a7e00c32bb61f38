import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../../../src/runner/index.ts';

const built = existsSync(new URL('../../../public/go/manifest.json', import.meta.url));

// The runner end to end on the wasm engine: one engine for the file, so the
// toolchain compiles once. The conformance suite (test/runner) covers behaviour
// in breadth; this file covers what the engine itself promises.
describe.skipIf(!built)('the wasm engine in Node', () => {
  const engine = createNodeEngine();
  afterAll(() => engine.dispose());

  it('runs hello world', { timeout: 60_000 }, async () => {
    const r = await engine.runProgram({
      'main.go': 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hello") }\n',
    });
    expect(r).toMatchObject({ status: 'ok', engine: 'wasm', stdout: 'hello\n', exitCode: 0 });
  });

  it('stops an endless loop at its deadline, and the next run works', { timeout: 60_000 }, async () => {
    const loop = await engine.runProgram(
      { 'main.go': 'package main\n\nfunc main() {\n\tfor {\n\t}\n}\n' },
      { timeoutMs: 1_000 },
    );
    expect(loop.status).toBe('timeout');
    expect(loop.timings.runMs).toBeLessThan(3_000);
    const next = await engine.runProgram({ 'main.go': 'package main\n\nfunc main() { println("again") }\n' });
    expect(next).toMatchObject({ status: 'ok', stderr: 'again\n' });
  });

  it('reports every compiler diagnostic with the learner file names', { timeout: 60_000 }, async () => {
    const r = await engine.runProgram({
      'main.go': 'package main\n\nimport "os"\n\nfunc main() {\n\tx := 1\n\tundefinedCall()\n}\n',
    });
    expect(r.status).toBe('compile-error');
    expect(r.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual([
      'main.go:3:8',
      'main.go:6:2',
      'main.go:7:2',
    ]);
  });

  it('formats Go source with gofmt and rejects source that does not parse', { timeout: 60_000 }, async () => {
    expect(await engine.formatGo('package main\nfunc main(){println( 1 )}\n')).toBe(
      'package main\n\nfunc main() { println(1) }\n',
    );
    await expect(engine.formatGo('package main\nfunc main( {')).rejects.toThrow(/^main\.go:2:/);
    await expect(engine.formatGo('package shapes\nfunc Area( {', 'shapes.go')).rejects.toThrow(/^shapes\.go:2:/);
  });
});
