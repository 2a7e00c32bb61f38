import { describe, expect, it } from 'vitest';
import { collectBenchmarks, parseBenchmarkLine } from '../../../src/runner/results/benchmarks.ts';
import { collectTestResults, convertTest2Json } from '../../../src/runner/results/test2json.ts';

const M = '\x16';

/** A -test.v=test2json stream as go1.26 prints it for `-test.bench=. -test.benchmem -test.benchtime=100x`. */
const stream = [
  `${M}=== RUN   BenchmarkJoin`,
  'BenchmarkJoin',
  'BenchmarkJoin-2    \t     100\t       830.0 ns/op\t     472 B/op\t       4 allocs/op',
  `${M}=== NAME  `,
  `${M}=== RUN   BenchmarkSub`,
  'BenchmarkSub',
  `${M}=== RUN   BenchmarkSub/size-10`,
  'BenchmarkSub/size-10',
  '    b_test.go:29: hello',
  'BenchmarkSub/size-10         \t     100\t         6.910 ns/op\t  14.47 MB/s\t         3.000 items/op\t       0 B/op\t       0 allocs/op',
  `${M}=== NAME  `,
  `${M}=== RUN   BenchmarkFail`,
  'BenchmarkFail',
  '    b_test.go:38: broken',
  `${M}--- FAIL: BenchmarkFail`,
  `${M}=== RUN   BenchmarkSkip`,
  'BenchmarkSkip',
  '    b_test.go:42: not today',
  `${M}--- SKIP: BenchmarkSkip`,
  `${M}FAIL`,
  '',
].join('\n');

describe('parseBenchmarkLine', () => {
  it('reads iterations and every metric, and the GOMAXPROCS suffix', () => {
    expect(
      parseBenchmarkLine(
        'BenchmarkJoin',
        'BenchmarkJoin-2    \t     100\t       830.0 ns/op\t     472 B/op\t       4 allocs/op\n',
      ),
    ).toEqual({
      name: 'BenchmarkJoin',
      procs: 2,
      iterations: 100,
      nsPerOp: 830,
      bytesPerOp: 472,
      allocsPerOp: 4,
      metrics: {},
    });
  });

  it('takes the name from the event, so a name ending in -N is not a suffix (wasm prints none)', () => {
    expect(parseBenchmarkLine('BenchmarkSub/size-10', 'BenchmarkSub/size-10 \t 5\t 12 ns/op\n')).toMatchObject({
      name: 'BenchmarkSub/size-10',
      procs: 1,
      iterations: 5,
    });
  });

  it('ignores the line that only names the benchmark, and its log output', () => {
    expect(parseBenchmarkLine('BenchmarkJoin', 'BenchmarkJoin\n')).toBeNull();
    expect(parseBenchmarkLine('BenchmarkJoin', '    b_test.go:3: BenchmarkJoin 1\t2\n')).toBeNull();
  });
});

describe('benchmarks in a test stream', () => {
  const events = convertTest2Json(stream);

  it('collects every result line, with MB/s and custom metrics', () => {
    expect(collectBenchmarks(events)).toEqual([
      { name: 'BenchmarkJoin', procs: 2, iterations: 100, nsPerOp: 830, bytesPerOp: 472, allocsPerOp: 4, metrics: {} },
      {
        name: 'BenchmarkSub/size-10',
        procs: 1,
        iterations: 100,
        nsPerOp: 6.91,
        mbPerSec: 14.47,
        bytesPerOp: 0,
        allocsPerOp: 0,
        metrics: { 'items/op': 3 },
      },
    ]);
  });

  it('lists only failed and skipped benchmarks as tests once the run reported its result', () => {
    expect(collectTestResults(events).map((t) => [t.name, t.status])).toEqual([
      ['BenchmarkFail', 'fail'],
      ['BenchmarkSkip', 'skip'],
    ]);
  });

  it('counts a benchmark that never printed its result (the binary was stopped) as failed', () => {
    const cut = stream.slice(0, stream.indexOf('BenchmarkSub/size-10         \t'));
    expect(collectTestResults(convertTest2Json(cut)).map((t) => [t.name, t.status])).toEqual([
      ['BenchmarkSub', 'fail'],
      ['BenchmarkSub/size-10', 'fail'],
    ]);
  });
});
