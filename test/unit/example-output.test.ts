import { describe, expect, it } from 'vitest';
import { maskTimings, sameOutput } from '../../scripts/lib/examples.mjs';

describe('comparing an example run with its committed output', () => {
  it('ignores durations in go test -v lines', () => {
    const a = '=== RUN   TestX\n--- PASS: TestX (0.00s)\nPASS\nok  \tgomastery/examples/part-11/x\t0.004s\n';
    const b = '=== RUN   TestX\n--- PASS: TestX (0.31s)\nPASS\nok  \tgomastery/examples/part-11/x\t1.250s\n';
    expect(sameOutput(a, b)).toBe(true);
  });

  it('still notices a test that changed result or name', () => {
    const a = '--- PASS: TestX (0.00s)\n';
    expect(sameOutput(a, '--- FAIL: TestX (0.00s)\n')).toBe(false);
    expect(sameOutput(a, '--- PASS: TestY (0.00s)\n')).toBe(false);
  });

  it('masks benchmark iterations, ns/op, padding and GOMAXPROCS but keeps allocations', () => {
    const a = 'BenchmarkJoin-2   \t 1000000\t      1043 ns/op\t     512 B/op\t       3 allocs/op\n';
    const b = 'BenchmarkJoin-8   \t  987654\t       998.5 ns/op\t     512 B/op\t       3 allocs/op\n';
    expect(sameOutput(a, b)).toBe(true);
    expect(maskTimings(a)).toBe('BenchmarkJoin-<p> <n> <v> ns/op 512 B/op 3 allocs/op\n');
    const fewerAllocs = 'BenchmarkJoin-2   \t 1000000\t      1043 ns/op\t     512 B/op\t       2 allocs/op\n';
    expect(sameOutput(a, fewerAllocs)).toBe(false);
  });

  it('masks the cpu line and fuzzing progress', () => {
    expect(maskTimings('cpu: AMD EPYC 7B13\nfuzz: elapsed: 3s, execs: 1200 (400/sec)')).toBe(
      'cpu: <cpu>\nfuzz: elapsed: <progress>',
    );
  });

  it('treats a missing committed output as different', () => {
    expect(sameOutput(undefined, '')).toBe(false);
  });
});
