import { useEffect, useRef, useState } from 'react';
import type { Diagnostic, RunResult } from '../runner/types';
import GoEditor from './GoEditor';
import RunOutput from './RunOutput';
import ToolchainProgress from './ToolchainProgress';
import { useGoEngine, warmUp } from './hooks/useGoEngine';
import { isStopped } from '../runner/stopped';

interface Props {
  /** The program the playground starts with (and resets to). */
  code: string;
  /** Shown above the editor. */
  title?: string;
  /** Deadline for the program, in ms. */
  timeoutMs?: number;
}

const FILE = 'main.go';

/** An editable, runnable Go program: Run, Format, Reset, and the output real Go produced. */
export default function GoPlayground({ code, title = 'Try it', timeoutMs = 10_000 }: Props) {
  const [source, setSource] = useState(code);
  const [result, setResult] = useState<RunResult | null>(null);
  const [busy, setBusy] = useState<'run' | 'format' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [formatDiagnostics, setFormatDiagnostics] = useState<Diagnostic[]>([]);
  const { getEngine, progress } = useGoEngine();
  const stopper = useRef<AbortController | null>(null);
  const [stopped, setStopped] = useState(false);
  useEffect(() => warmUp({ [FILE]: code }, 'run'), [code]);

  const run = async () => {
    if (busy) return;
    setBusy('run');
    setError(null);
    setStopped(false);
    setFormatDiagnostics([]);
    const controller = new AbortController();
    stopper.current = controller;
    try {
      const engine = await getEngine();
      setResult(await engine.runProgram({ [FILE]: source }, { timeoutMs, signal: controller.signal }));
    } catch (e) {
      if (isStopped(e)) {
        setResult(null);
        setStopped(true);
        return;
      }
      setError(
        `The Go toolchain could not start: ${e instanceof Error ? e.message : String(e)}. Check your connection and press Run again.`,
      );
    } finally {
      stopper.current = null;
      setBusy(null);
    }
  };

  const format = async () => {
    if (busy) return;
    setBusy('format');
    setError(null);
    try {
      const engine = await getEngine();
      setSource(await engine.formatGo(source, FILE));
      setFormatDiagnostics([]);
    } catch (e) {
      // gofmt's message is `file:line:col: message`, like the compiler's.
      const text = e instanceof Error ? e.message : String(e);
      const match = /:(\d+):(\d+): (.+)/.exec(text);
      setFormatDiagnostics(
        match ? [{ file: FILE, line: Number(match[1]), column: Number(match[2]), message: match[3] ?? text }] : [],
      );
      setError(`gofmt could not format this code: ${text}`);
    } finally {
      setBusy(null);
    }
  };

  const diagnostics = [...(result?.diagnostics.filter((d) => d.file.endsWith(FILE)) ?? []), ...formatDiagnostics];
  return (
    <section className="playground" aria-label={title}>
      <div className="playground-bar">
        <p className="playground-title">{title}</p>
        <div className="playground-actions">
          <button
            type="button"
            className="button"
            onClick={run}
            disabled={busy !== null}
            aria-keyshortcuts="Control+Enter Meta+Enter"
          >
            {busy === 'run' ? 'Running…' : 'Run'}
          </button>
          {busy === 'run' && (
            <button type="button" className="button-secondary" onClick={() => stopper.current?.abort()}>
              Stop
            </button>
          )}
          <button type="button" className="button-secondary" onClick={format} disabled={busy !== null}>
            Format
          </button>
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              setSource(code);
              setResult(null);
              setError(null);
              setFormatDiagnostics([]);
            }}
            disabled={busy !== null || source === code}
          >
            Reset
          </button>
        </div>
      </div>
      <GoEditor label={`Go code: ${title}`} value={source} onChange={setSource} onRun={run} diagnostics={diagnostics} />
      <p className="playground-hint">Ctrl+Enter (⌘+Enter on a Mac) runs the program.</p>
      {progress && <ToolchainProgress progress={progress} />}
      {error && (
        <p className="run-error" role="alert">
          {error}
        </p>
      )}
      {stopped && (
        <div className="run-output tone-warning">
          <p className="run-summary" role="status">
            Stopped: the program was ended. Press Run to start it again.
          </p>
        </div>
      )}
      {result && <RunOutput result={result} kind="program" timeoutMs={timeoutMs} />}
    </section>
  );
}
