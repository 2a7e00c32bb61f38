import type { BenchmarkResult, EngineName } from '../runner/types';

/** One row of the benchmark table, formatted as go test prints the numbers. */
export interface BenchmarkRow {
  name: string;
  iterations: string;
  nsPerOp: string;
  bytesPerOp: string;
  allocsPerOp: string;
  /** MB/s and b.ReportMetric values, e.g. "3.000 items/op". */
  extra: string;
}

/** testing's prettyPrint: four significant figures for small numbers, none for large ones. */
export function formatMetric(x: number): string {
  const y = Math.abs(x);
  const digits =
    y === 0 || y >= 999.95
      ? 0
      : y >= 99.995
        ? 1
        : y >= 9.9995
          ? 2
          : y >= 0.99995
            ? 3
            : y >= 0.099995
              ? 4
              : y >= 0.0099995
                ? 5
                : y >= 0.00099995
                  ? 6
                  : 7;
  return x.toFixed(digits);
}

/** The rows of the table, in the order the benchmarks ran. */
export function benchmarkRows(results: BenchmarkResult[]): BenchmarkRow[] {
  return results.map((b) => ({
    name: b.procs === 1 ? b.name : `${b.name}-${b.procs}`,
    iterations: String(b.iterations),
    nsPerOp: formatMetric(b.nsPerOp),
    bytesPerOp: b.bytesPerOp === undefined ? '' : String(b.bytesPerOp),
    allocsPerOp: b.allocsPerOp === undefined ? '' : String(b.allocsPerOp),
    extra: [
      ...(b.mbPerSec === undefined ? [] : [`${b.mbPerSec.toFixed(2)} MB/s`]),
      ...Object.entries(b.metrics)
        .sort(([a], [c]) => a.localeCompare(c))
        .map(([unit, v]) => `${formatMetric(v)} ${unit}`),
    ].join(', '),
  }));
}

/** What the numbers mean, shown with every benchmark table. */
export function benchmarkNote(engine: EngineName): string {
  return engine === 'wasm'
    ? 'Timings under WebAssembly, not native: compare these benchmarks with each other, not with numbers from go test on your machine. Bytes and allocations per op are the same as native.'
    : 'Timings from the Go toolchain on this machine.';
}
