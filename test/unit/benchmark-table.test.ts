import { describe, expect, it } from 'vitest';
import { benchmarkNote, benchmarkRows, formatMetric } from '../../src/lib/benchmark-table';

describe('formatMetric', () => {
  it('prints numbers the way go test does: four significant figures below 1000', () => {
    expect(formatMetric(830)).toBe('830.0');
    expect(formatMetric(6.91)).toBe('6.910');
    expect(formatMetric(18632)).toBe('18632');
    expect(formatMetric(0.0123)).toBe('0.01230');
    expect(formatMetric(0)).toBe('0');
  });
});

describe('benchmarkRows', () => {
  it('formats each result, with the GOMAXPROCS suffix only when it is not 1', () => {
    expect(
      benchmarkRows([
        {
          name: 'BenchmarkJoin',
          procs: 2,
          iterations: 100,
          nsPerOp: 830,
          bytesPerOp: 472,
          allocsPerOp: 4,
          metrics: {},
        },
        {
          name: 'BenchmarkSub/64',
          procs: 1,
          iterations: 5,
          nsPerOp: 12.5,
          mbPerSec: 14.471,
          metrics: { 'items/op': 3 },
        },
      ]),
    ).toEqual([
      { name: 'BenchmarkJoin-2', iterations: '100', nsPerOp: '830.0', bytesPerOp: '472', allocsPerOp: '4', extra: '' },
      {
        name: 'BenchmarkSub/64',
        iterations: '5',
        nsPerOp: '12.50',
        bytesPerOp: '',
        allocsPerOp: '',
        extra: '14.47 MB/s, 3.000 items/op',
      },
    ]);
  });

  it('says that wasm timings are not native ones', () => {
    expect(benchmarkNote('wasm')).toMatch(/^Timings under WebAssembly, not native/);
    expect(benchmarkNote('native')).not.toMatch(/WebAssembly/);
  });
});
