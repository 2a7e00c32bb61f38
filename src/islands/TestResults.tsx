import type { TestResult } from '../runner/types';

const label = { pass: 'Passed', fail: 'Failed', skip: 'Skipped' } as const;

/** One row per test (subtests included): pass/fail, duration, and what it printed. */
export default function TestResults({ tests }: { tests: TestResult[] }) {
  if (tests.length === 0) return null;
  return (
    <ul className="test-results" aria-label="Test results">
      {tests.map((t) => (
        <li key={t.name} className={`test-result test-${t.status}`} data-test-name={t.name} data-status={t.status}>
          <details open={t.status === 'fail'}>
            <summary>
              <span className="test-status">{label[t.status]}</span> <code className="test-name">{t.name}</code>{' '}
              <span className="test-time">{t.elapsedMs < 1 ? '<1' : Math.round(t.elapsedMs)} ms</span>
            </summary>
            {t.output.trim() ? (
              <pre className="test-output">{t.output}</pre>
            ) : (
              <p className="test-output-empty">No output.</p>
            )}
          </details>
        </li>
      ))}
    </ul>
  );
}
