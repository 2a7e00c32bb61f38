/** Benchmark result lines from a test run's events, shared by every engine. */
import type { BenchmarkResult } from '../types.ts';
import type { TestEvent } from './test2json.ts';

/**
 * Reads "BenchmarkX-2 \t 1000\t 512 ns/op\t 64 B/op\t 2 allocs/op" (testing's
 * BenchmarkResult.String and MemString) from the output of the benchmark the
 * event belongs to. The name comes from the event, so a sub-benchmark whose
 * own name ends in "-10" is not mistaken for a GOMAXPROCS suffix.
 */
export function parseBenchmarkLine(test: string, line: string): BenchmarkResult | null {
  if (!line.startsWith(test)) return null;
  const m = /^(?:-(\d+))? *\t *(\d+)((?:\t[^\t\n]*)+)\n?$/.exec(line.slice(test.length));
  if (!m) return null;
  const result: BenchmarkResult = {
    name: test,
    procs: m[1] === undefined ? 1 : Number(m[1]),
    iterations: Number(m[2]),
    nsPerOp: 0,
    metrics: {},
  };
  for (const field of (m[3] ?? '').split('\t')) {
    const metric = /^\s*([-+]?[\d.]+(?:e[-+]?\d+)?) (\S+)\s*$/i.exec(field);
    if (!metric) continue;
    const value = Number(metric[1]);
    const unit = metric[2] ?? '';
    if (unit === 'ns/op') result.nsPerOp = value;
    else if (unit === 'B/op') result.bytesPerOp = value;
    else if (unit === 'allocs/op') result.allocsPerOp = value;
    else if (unit === 'MB/s') result.mbPerSec = value;
    else result.metrics[unit] = value;
  }
  return result;
}

/** Every benchmark result in the run, in the order they finished. */
export function collectBenchmarks(events: TestEvent[]): BenchmarkResult[] {
  const out: BenchmarkResult[] = [];
  for (const e of events) {
    if (e.Action !== 'output' || !e.Test?.startsWith('Benchmark') || e.Output === undefined) continue;
    const r = parseBenchmarkLine(e.Test, e.Output);
    if (r) out.push(r);
  }
  return out;
}
