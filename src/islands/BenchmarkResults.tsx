import { benchmarkNote, benchmarkRows } from '../lib/benchmark-table';
import type { BenchmarkResult, EngineName } from '../runner/types';

/** The benchmark results of a run as a table, with what its timings mean. */
export default function BenchmarkResults({
  benchmarks,
  engine,
}: {
  benchmarks: BenchmarkResult[];
  engine: EngineName;
}) {
  if (benchmarks.length === 0) return null;
  const rows = benchmarkRows(benchmarks);
  return (
    <figure className="benchmark-results">
      <div className="table-scroll" tabIndex={0}>
        <table>
          <caption>Benchmark results</caption>
          <thead>
            <tr>
              <th scope="col">Benchmark</th>
              <th scope="col">Iterations</th>
              <th scope="col">ns/op</th>
              <th scope="col">B/op</th>
              <th scope="col">allocs/op</th>
              <th scope="col">Other</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.name} data-benchmark={r.name}>
                <th scope="row">
                  <code>{r.name}</code>
                </th>
                <td>{r.iterations}</td>
                <td>{r.nsPerOp}</td>
                <td>{r.bytesPerOp}</td>
                <td>{r.allocsPerOp}</td>
                <td>{r.extra}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figcaption className="benchmark-note">{benchmarkNote(engine)}</figcaption>
    </figure>
  );
}
