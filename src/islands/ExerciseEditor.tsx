import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { recordAttempt, resetDraft, restoreDraftBeforeReset, saveDraft } from '../db/exercises';
import type { ExerciseClientData } from '../lib/exercise-client';
import { exercisePackage } from '../lib/exercise-package';
import {
  allMet,
  gradingPackages,
  packageOutcome,
  runGrading,
  type GradingPackage,
  type PackageOutcome,
} from '../lib/grading-plan';
import type { RunResult } from '../runner/types';
import BenchmarkResults from './BenchmarkResults';
import GoEditor from './GoEditor';
import HintList from './HintList';
import RunOutput from './RunOutput';
import StackBlitzEmbed from './StackBlitzEmbed';
import StorageNotice from './StorageNotice';
import TestResults from './TestResults';
import TestWritingResults from './TestWritingResults';
import ToolchainProgress from './ToolchainProgress';
import { useGoEngine } from './hooks/useGoEngine';
import { useFocusAfterLoad } from './hooks/useFocusAfterLoad';
import { isStopped } from '../runner/stopped';
import { useLearnerDb } from './hooks/useLearnerDb';

interface Props {
  slug: string;
  /**
   * Spaced practice: solve it again from the starter. The draft is kept
   * apart from the lesson's (under "practice:<slug>"), a draft older than
   * `since` is ignored (it belongs to an earlier review), and every graded
   * run is reported so the practice page can grade the recall.
   */
  practice?: { since: string; onRun(passed: boolean): void } | undefined;
}

const TIMEOUT_MS = 30_000;
/** Each benchmark runs for about this long (go test's default is 1s), so a page's run stays short. */
const BENCH_TIME = '200ms';
const AUTOSAVE_DELAY_MS = 400;

/** Picks the learner's editable files out of a set of files. */
const editable = (data: ExerciseClientData, files: Record<string, string>) =>
  Object.fromEntries(data.files.map((f) => [f, files[f] ?? '']));

/** The graded exercise: editor tabs, Run tests, per-test results, hints, reset and solution. */
export default function ExerciseEditor({ slug, practice }: Props) {
  const draftId = practice ? `practice:${slug}` : slug;
  const db = useLearnerDb();
  const { getEngine, progress } = useGoEngine();
  const [data, setData] = useState<ExerciseClientData | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [files, setFiles] = useState<Record<string, string> | null>(null);
  const [active, setActive] = useState(0);
  const [result, setResult] = useState<RunResult | null>(null);
  const [resultKind, setResultKind] = useState<'tests' | 'benchmarks'>('tests');
  const [running, setRunning] = useState<'tests' | 'benchmarks' | null>(null);
  // Set while a run can be stopped (not while a test-writing exercise grades its several runs).
  const [stopper, setStopper] = useState<AbortController | null>(null);
  const [stopped, setStopped] = useState(false);
  const [runError, setRunError] = useState<string | null>(null);
  const [showSolution, setShowSolution] = useState(false);
  // kind: tests — the runs of the learner's tests against each implementation, as they finish.
  const [writing, setWriting] = useState<{
    packages: GradingPackage[];
    outcomes: PackageOutcome[];
    results: RunResult[];
  } | null>(null);
  const dirty = useRef(false);

  const draft = useLiveQuery(() => db?.drafts.get(draftId), [db, draftId]);
  const solved = useLiveQuery(() => db?.solved.get(slug), [db, slug]);

  useEffect(() => {
    fetch(`/exercises/${slug}.json`)
      .then((r) => (r.ok ? (r.json() as Promise<ExerciseClientData>) : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then(setData)
      .catch((e: unknown) =>
        setLoadError(
          `The exercise could not be loaded (${e instanceof Error ? e.message : String(e)}). Reload the page to try again.`,
        ),
      );
  }, [slug]);

  // Start from the saved draft when there is one, otherwise from the starter.
  useEffect(() => {
    if (!data || !db || files) return;
    void db.drafts.get(draftId).then((saved) => {
      const current = saved && (!practice || saved.updatedAt >= practice.since) ? saved.files : {};
      setFiles(editable(data, { ...data.starter, ...current }));
    });
  }, [data, db, draftId, files, practice]);

  // Autosave, debounced, whenever the learner edits.
  useEffect(() => {
    if (!db || !files || !dirty.current) return;
    const timer = setTimeout(() => {
      void saveDraft(db, draftId, files).catch(() => undefined); // the storage notice explains failures
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [db, files, draftId]);

  const edit = (file: string, text: string) => {
    dirty.current = true;
    setFiles((current) => ({ ...current, [file]: text }));
  };

  // One place that turns a graded run into an attempt, for Run tests and for StackBlitz's Check my work.
  const record = useCallback(
    async (outcome: RunResult, source: 'page' | 'stackblitz') => {
      if (!db) return;
      const { compileMs, linkMs, runMs } = outcome.timings;
      await recordAttempt(db, {
        exercise: slug,
        engine: outcome.engine,
        source,
        status: outcome.status,
        passed: outcome.status === 'ok',
        tests: outcome.tests.map(({ name, status, elapsedMs }) => ({ name, status, elapsedMs })),
        durationMs: compileMs + linkMs + runMs,
      }).catch(() => undefined);
    },
    [db, slug],
  );

  /**
   * kind: tests — runs the learner's tests against the correct implementation
   * and each faulty one, showing each verdict as it arrives; records one
   * attempt whose "tests" are those verdicts.
   */
  const gradeTestWriting = useCallback(
    async (exercise: ExerciseClientData, current: Record<string, string>) => {
      const engine = await getEngine();
      const packages = gradingPackages(exercise, 'starter', current);
      setWriting({ packages, outcomes: [], results: [] });
      const started = performance.now();
      const { outcomes, results } = await runGrading(
        packages,
        (pkgFiles) => engine.runTests(pkgFiles, { timeoutMs: TIMEOUT_MS }),
        {
          // Each verdict shows as soon as its run finishes: seven runs take a while.
          onResult: (pkg, runResult, i) =>
            setWriting(
              (w) =>
                w && {
                  packages,
                  outcomes: [...w.outcomes.slice(0, i), packageOutcome(pkg, runResult)],
                  results: [...w.results.slice(0, i), runResult],
                },
            ),
        },
      );
      setWriting({ packages, outcomes, results });
      const first = results[0];
      if (first) setResult({ ...first, status: allMet(outcomes) ? 'ok' : 'failed' });
      practice?.onRun(allMet(outcomes));
      if (db) {
        await recordAttempt(db, {
          exercise: slug,
          engine: first?.engine ?? 'wasm',
          source: 'page',
          status: allMet(outcomes) ? 'ok' : 'failed',
          passed: allMet(outcomes),
          tests: outcomes.map((o, i) => ({
            name: o.label,
            status: o.met ? ('pass' as const) : ('fail' as const),
            elapsedMs: (results[i]?.timings.runMs ?? 0) + (results[i]?.timings.compileMs ?? 0),
          })),
          durationMs: performance.now() - started,
        }).catch(() => undefined);
      }
    },
    [db, getEngine, slug, practice],
  );

  // Run tests grades the code; Run benchmarks only measures it (go test -run '^$' -bench . -benchmem), so it records no attempt.
  const run = useCallback(
    async (kind: 'tests' | 'benchmarks') => {
      if (!data || !files || running) return;
      setRunning(kind);
      setRunError(null);
      setStopped(false);
      try {
        if (kind === 'tests' && data.meta.kind === 'tests') {
          await gradeTestWriting(data, files);
          return;
        }
        const engine = await getEngine();
        const pkg = exercisePackage(data, 'starter', files);
        const controller = new AbortController();
        setStopper(controller);
        const { signal } = controller;
        const outcome = await engine.runTests(
          pkg,
          kind === 'tests'
            ? { timeoutMs: TIMEOUT_MS, signal }
            : { timeoutMs: TIMEOUT_MS, run: '^$', bench: '.', benchmem: true, benchtime: BENCH_TIME, signal },
        );
        setResult(outcome);
        setResultKind(kind);
        if (kind === 'tests') {
          practice?.onRun(outcome.status === 'ok');
          await record(outcome, 'page');
        }
      } catch (e) {
        // A stopped run grades nothing and records nothing.
        if (isStopped(e)) setStopped(true);
        else
          setRunError(
            `The Go toolchain could not start: ${e instanceof Error ? e.message : String(e)}. Check your connection and try again.`,
          );
      } finally {
        setStopper(null);
        setRunning(null);
      }
    },
    [data, files, running, getEngine, record, gradeTestWriting, practice],
  );
  const runTests = useCallback(() => run('tests'), [run]);
  const { root: loadedRoot, placeholder: loadingText } = useFocusAfterLoad<HTMLDivElement, HTMLParagraphElement>(
    !!data && !!files,
  );

  if (loadError)
    return (
      <p className="run-error" role="alert">
        {loadError}
      </p>
    );
  if (!data || !files)
    return (
      <p className="exercise-loading" tabIndex={0} ref={loadingText}>
        Loading the exercise…
      </p>
    );

  const canRunHere = data.engines.includes('wasm');
  const hasBenchmarks = Object.values(data.tests).some((src) => /^func Benchmark\w*\(/m.test(src));
  // Tabs: the learner's files, then what they cannot edit: the tests that grade them, or
  // (kind: tests) the implementation their tests exercise.
  const writesTests = data.meta.kind === 'tests';
  const readOnlyFiles = writesTests ? data.subject : data.tests;
  const tabs = [...data.files, ...Object.keys(readOnlyFiles)];
  const activeFile = tabs[active] ?? data.files[0] ?? '';
  const activeIsTest = !data.files.includes(activeFile);
  const diagnostics =
    result?.diagnostics.filter((d) => d.file === activeFile || d.file.endsWith(`/${activeFile}`)) ?? [];

  const reset = async () => {
    if (!db || !window.confirm('Replace your code with the starter code? You can restore your code afterwards.'))
      return;
    const after = await resetDraft(db, draftId, editable(data, data.starter));
    dirty.current = false;
    setFiles(after.files);
    setResult(null);
  };

  // gofmt the file in the active tab; a parse error is shown like a compile error.
  const format = async () => {
    if (activeIsTest) return;
    setRunError(null);
    try {
      const engine = await getEngine();
      edit(activeFile, await engine.formatGo(files[activeFile] ?? '', activeFile));
    } catch (e) {
      setRunError(`gofmt could not format ${activeFile}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const restore = async () => {
    if (!db) return;
    const restored = await restoreDraftBeforeReset(db, draftId);
    if (restored) {
      dirty.current = false;
      setFiles(editable(data, { ...data.starter, ...restored }));
    }
  };

  return (
    <div className="exercise-editor" ref={loadedRoot}>
      <StorageNotice />
      {solved && !practice && (
        <p className="exercise-solved" role="status">
          Solved on {new Date(solved.solvedAt).toLocaleDateString()}.
        </p>
      )}
      <div role="tablist" aria-label="Files" className="exercise-tabs">
        {tabs.map((file, i) => (
          <button key={file} type="button" role="tab" aria-selected={i === active} onClick={() => setActive(i)}>
            {file}
            {data.files.includes(file) ? '' : writesTests ? ' (under test, read-only)' : ' (tests, read-only)'}
          </button>
        ))}
      </div>
      <GoEditor
        key={activeFile}
        label={
          activeIsTest
            ? `${writesTests ? 'Code under test' : 'Tests'} (read-only): ${activeFile}`
            : `Your ${writesTests ? 'tests' : 'code'}: ${activeFile}`
        }
        value={activeIsTest ? (readOnlyFiles[activeFile] ?? '') : (files[activeFile] ?? '')}
        onChange={(text) => edit(activeFile, text)}
        onRun={() => void runTests()}
        diagnostics={diagnostics}
        readOnly={activeIsTest}
      />
      <div className="exercise-actions">
        {canRunHere ? (
          <button
            type="button"
            className="button"
            onClick={() => void runTests()}
            disabled={running !== null}
            aria-keyshortcuts="Control+Enter Meta+Enter"
          >
            {running === 'tests' ? 'Running tests…' : 'Run tests'}
          </button>
        ) : (
          <p className="exercise-native-only">This exercise needs the real Go toolchain: {data.nativeOnlyReason}</p>
        )}
        {canRunHere && hasBenchmarks && (
          <button
            type="button"
            className="button-secondary"
            onClick={() => void run('benchmarks')}
            disabled={running !== null}
          >
            {running === 'benchmarks' ? 'Running benchmarks…' : 'Run benchmarks'}
          </button>
        )}
        {stopper && (
          <button type="button" className="button-secondary" onClick={() => stopper.abort()}>
            Stop
          </button>
        )}
        <button type="button" className="button-secondary" onClick={() => void format()} disabled={activeIsTest}>
          Format
        </button>
        <button type="button" className="button-secondary" onClick={() => void reset()}>
          Reset to starter
        </button>
        {draft?.beforeReset && (
          <button type="button" className="button-secondary" onClick={() => void restore()}>
            Restore my code
          </button>
        )}
        {!practice && (
          <button
            type="button"
            className="button-secondary"
            onClick={() =>
              setShowSolution(
                showSolution || window.confirm('Show the reference solution? Trying a little longer teaches more.'),
              )
            }
          >
            Show solution
          </button>
        )}
      </div>
      {canRunHere && (
        <p className="playground-hint">
          Ctrl+Enter (⌘+Enter on a Mac) runs the tests. Your code is saved in this browser as you type.
        </p>
      )}
      {progress && <ToolchainProgress progress={progress} />}
      {runError && (
        <p className="run-error" role="alert">
          {runError}
        </p>
      )}
      {stopped && (
        <div className="run-output tone-warning">
          <p className="run-summary" role="status">
            Stopped: the run was ended and nothing was recorded. Press Run tests to start again.
          </p>
        </div>
      )}
      {writesTests && writing && (
        <TestWritingResults
          packages={writing.packages}
          outcomes={writing.outcomes}
          results={writing.results}
          running={running !== null}
        />
      )}
      {result && !writesTests && (
        <>
          <RunOutput result={result} kind={resultKind} timeoutMs={TIMEOUT_MS} />
          <TestResults tests={result.tests} />
          <BenchmarkResults benchmarks={result.benchmarks} engine={result.engine} />
          {result.status !== 'ok' && result.status !== 'failed' && (result.stdout || result.stderr) && (
            <pre className="run-stdout" tabIndex={0} aria-label="Test output">
              {result.stdout}
              {result.stderr}
            </pre>
          )}
        </>
      )}
      {canRunHere && !writesTests && !practice && (
        <StackBlitzEmbed
          exercise={data}
          files={files}
          onChecked={async (outcome, checked) => {
            // The checked StackBlitz code becomes the draft, so work done there is not lost on reload.
            dirty.current = true;
            setFiles((current) => ({ ...current, ...checked }));
            await record(outcome, 'stackblitz');
          }}
        />
      )}
      <HintList hints={data.hints} />
      {showSolution &&
        data.files.map((file) => (
          <figure key={file} className="plain-code">
            <figcaption>solution: {file}</figcaption>
            <pre tabIndex={0}>
              <code>{data.solution[file]}</code>
            </pre>
          </figure>
        ))}
    </div>
  );
}
