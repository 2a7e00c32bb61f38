import { summarizeRun } from '../lib/run-summary';
import type { RunResult } from '../runner/types';

interface Props {
  result: RunResult;
  kind: 'program' | 'tests' | 'benchmarks';
  timeoutMs: number;
}

/** The outcome of a run: a one-line summary, timings, diagnostics and output. */
export default function RunOutput({ result, kind, timeoutMs }: Props) {
  const summary = summarizeRun(result, kind, timeoutMs);
  const { compileMs, linkMs, runMs } = result.timings;
  const output = `${result.stdout}${result.stderr}`;
  return (
    <div className={`run-output tone-${summary.tone}`}>
      <p className="run-summary" role="status">
        {summary.headline}
      </p>
      <p className="run-timings">
        compile {Math.round(compileMs)} ms · link {Math.round(linkMs)} ms · run {Math.round(runMs)} ms · {result.engine}
      </p>
      {result.diagnostics.length > 0 && (
        <ul className="run-diagnostics" aria-label="Compiler errors">
          {result.diagnostics.map((d, i) => (
            <li key={i}>
              <code>
                {d.file}:{d.line}:{d.column}
              </code>{' '}
              {d.message}
            </li>
          ))}
        </ul>
      )}
      {kind === 'program' && output && (
        <pre className="run-stdout" tabIndex={0} aria-label="Program output">
          {output}
        </pre>
      )}
      {result.truncated && <p className="run-truncated">The output was cut off at 1 MiB.</p>}
    </div>
  );
}
