import { useRef, useState } from 'react';
import type { VM } from '@stackblitz/sdk';
import type { ExerciseClientData } from '../lib/exercise-client';
import type { RunResult } from '../runner/types';
import { isChromiumBased, UNSUPPORTED_BROWSER_MESSAGE } from '../stackblitz/browser-support';
import { CHECK_TIMEOUT_MS, checkStackBlitzWork } from '../stackblitz/check';
import { embedExercise } from '../stackblitz/embed';
import RunOutput from './RunOutput';
import TestResults from './TestResults';
import { useGoEngine } from './hooks/useGoEngine';

interface Props {
  exercise: ExerciseClientData;
  /** The learner's current code; StackBlitz starts from it. */
  files: Record<string, string>;
  /** Called with each graded check, to record the attempt (source "stackblitz"). */
  onChecked: (result: RunResult, files: Record<string, string>) => Promise<void> | void;
}

type Phase = 'closed' | 'unsupported' | 'loading' | 'open';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * "Open in StackBlitz": the exercise as a Node project in a StackBlitz
 * WebContainer, where `npm test` runs the same Go tests through the course's
 * runner. Nothing loads until the learner asks; "Check my work" grades the
 * StackBlitz files here in the page so the attempt counts.
 */
export default function StackBlitzEmbed({ exercise, files, onChecked }: Props) {
  const { getEngine } = useGoEngine();
  const [phase, setPhase] = useState<Phase>('closed');
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const [result, setResult] = useState<RunResult | null>(null);
  const host = useRef<HTMLDivElement>(null);
  const vm = useRef<VM | null>(null);

  const open = async () => {
    setError(null);
    if (!isChromiumBased(navigator)) {
      setPhase('unsupported');
      return;
    }
    const parent = host.current;
    if (!parent) return;
    setPhase('loading');
    // The SDK replaces its target with an iframe; give it an element React does not manage.
    const target = document.createElement('div');
    parent.replaceChildren(target);
    try {
      vm.current = await embedExercise(target, exercise, files, location.origin, {
        lessonUrl: `${location.origin}${location.pathname}`,
        theme: document.documentElement.dataset['theme'] === 'dark' ? 'dark' : 'light',
      });
      setPhase('open');
    } catch (e) {
      parent.replaceChildren();
      vm.current = null;
      setPhase('closed');
      setError(
        `StackBlitz could not be opened (${message(e)}). Check your connection, or keep using the editor above.`,
      );
    }
  };

  const close = () => {
    host.current?.replaceChildren();
    vm.current = null;
    setPhase('closed');
  };

  const check = async () => {
    if (!vm.current || checking) return;
    setChecking(true);
    setError(null);
    try {
      const outcome = await checkStackBlitzWork(vm.current, exercise, getEngine);
      if (!outcome.ok) {
        setError(outcome.message);
        return;
      }
      setResult(outcome.result);
      await onChecked(outcome.result, outcome.files);
    } catch (e) {
      setError(`Your work could not be checked: ${message(e)}. Check your connection and try again.`);
    } finally {
      setChecking(false);
    }
  };

  return (
    <div className="stackblitz-embed">
      <div className="exercise-actions">
        {phase === 'open' ? (
          <>
            <button type="button" className="button" onClick={() => void check()} disabled={checking}>
              {checking ? 'Checking your work…' : 'Check my work'}
            </button>
            <button type="button" className="button-secondary" onClick={close}>
              Close StackBlitz
            </button>
          </>
        ) : (
          <button type="button" className="button-secondary" onClick={() => void open()} disabled={phase === 'loading'}>
            {phase === 'loading' ? 'Opening StackBlitz…' : 'Open in StackBlitz'}
          </button>
        )}
      </div>
      {phase === 'unsupported' && (
        <p className="playground-hint" role="status">
          {UNSUPPORTED_BROWSER_MESSAGE}
        </p>
      )}
      {phase === 'open' && (
        <p className="playground-hint">
          StackBlitz runs npm test in its terminal. When you are done, Check my work grades your files here and records
          the attempt.
        </p>
      )}
      <div ref={host} />
      {error && (
        <p className="run-error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <>
          <RunOutput result={result} kind="tests" timeoutMs={CHECK_TIMEOUT_MS} />
          <TestResults tests={result.tests} />
        </>
      )}
    </div>
  );
}
