import type { GradingPackage, PackageOutcome } from '../lib/grading-plan';
import type { RunResult } from '../runner/types';
import TestResults from './TestResults';

interface Props {
  packages: GradingPackage[];
  outcomes: PackageOutcome[];
  results: RunResult[];
  /** Packages still to run (shown as waiting). */
  running: boolean;
}

/**
 * How the learner's tests did: on the correct implementation they must
 * pass; on each hidden faulty implementation at least one must fail. A fault
 * the tests let through shows a hint about the behaviour to test; once every
 * fault is caught, each fault's bug is revealed.
 */
export default function TestWritingResults({ packages, outcomes, results, running }: Props) {
  const [correct, ...faults] = outcomes;
  const solved = outcomes.length === packages.length && outcomes.every((o) => o.met);
  const caught = faults.filter((o) => o.met).length;
  return (
    <section className="test-writing" aria-label="How your tests did">
      {correct && (
        <div className={`test-writing-correct test-${correct.met ? 'pass' : 'fail'}`}>
          <p>
            <strong>
              {correct.met
                ? 'Your tests pass on the correct implementation.'
                : 'Your tests fail on the correct implementation.'}
            </strong>{' '}
            {correct.met
              ? 'Good: a test suite must accept correct code.'
              : correct.status === 'compile-error'
                ? 'They do not compile; see the messages in your file.'
                : 'A test that fails on correct code is wrong: fix it before hunting bugs.'}
          </p>
          {!correct.met && results[0] && <TestResults tests={results[0].tests} />}
        </div>
      )}
      {faults.length > 0 && (
        <p className="test-writing-summary">
          Caught {caught} of {packages.length - 1} faulty implementations{solved ? ' — every one.' : '.'}
        </p>
      )}
      <ol className="test-writing-faults">
        {packages.slice(1).map((pkg, i) => {
          const o = faults[i];
          const state = !o ? (running ? 'waiting' : 'not run') : o.met ? 'caught' : 'missed';
          return (
            <li key={pkg.id} className={`test-writing-fault fault-${state.replace(' ', '-')}`} data-fault={pkg.id}>
              <span className="fault-state">
                {state === 'caught'
                  ? 'Caught'
                  : state === 'missed'
                    ? 'Not caught'
                    : state === 'waiting'
                      ? 'Waiting'
                      : 'Not run'}
              </span>{' '}
              <span>{pkg.label}</span>
              {o?.met && o.failing.length > 0 && (
                <span className="fault-by">
                  {' '}
                  by <code>{o.failing.slice(0, 2).join(', ')}</code>
                </span>
              )}
              {state === 'missed' && <p className="fault-hint">Every test passed. Hint: {pkg.hint}</p>}
              {solved && <p className="fault-description">The bug: {pkg.description}</p>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
