/**
 * The runner's public types. Every engine (wasm in the browser, wasm in Node,
 * native `go`) returns the same shapes, so islands, the CLI and the grading
 * harness never care which engine ran the code.
 */

/** Source files of one Go package, keyed by file name (e.g. "main.go", "shapes_test.go"). */
export type GoFiles = Record<string, string>;

/** Which engine produced a result. */
export type EngineName = 'wasm' | 'native';

/**
 * Outcome of a run:
 * - ok: built and exited 0 (for tests: every test passed)
 * - failed: tests ran and at least one failed (or the program exited non-zero without panicking)
 * - compile-error: compile, vet-free type check or link failed; see diagnostics
 * - panic: the program (or a test) panicked; stderr holds the message and stack
 * - timeout: the binary was stopped at its deadline
 * - runtime-error: anything else that stopped the run (fatal error, out of memory, engine failure)
 */
export type RunStatus = 'ok' | 'failed' | 'compile-error' | 'panic' | 'timeout' | 'runtime-error';

/** One compiler diagnostic, as the Go compiler prints it (`file:line:col: message`). */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** One test as `go test -json` names it; subtests use `Parent/child` names. */
export interface TestResult {
  name: string;
  status: 'pass' | 'fail' | 'skip';
  /** Output lines the test printed (t.Log, t.Error, ...), joined, without the framing lines. */
  output: string;
  elapsedMs: number;
}

/** Wall-clock time spent in each phase, in milliseconds. */
export interface PhaseTimings {
  compileMs: number;
  linkMs: number;
  runMs: number;
}

export interface RunResult {
  status: RunStatus;
  engine: EngineName;
  /**
   * runProgram: what the program wrote to standard output. runTests: what
   * `go test -v` shows, i.e. the test binary's stdout and stderr in write order
   * (a panic stays next to its test), without the test2json framing markers.
   */
  stdout: string;
  /**
   * runProgram: what the program wrote to standard error. Build failures: the
   * compiler's messages. Either way the runner's own notes (timeout, truncation,
   * engine failures) follow as lines starting with "[runner]".
   */
  stderr: string;
  /** Exit code of the program/test binary; null when it never ran or was killed. */
  exitCode: number | null;
  /** True when stdout+stderr hit the output cap and the rest was dropped. */
  truncated: boolean;
  /** Per-test results (runTests only; empty for runProgram). */
  tests: TestResult[];
  diagnostics: Diagnostic[];
  timings: PhaseTimings;
}

export interface RunProgramOptions {
  /** Deadline for the learner's binary (not for compile/link). Default 10_000. */
  timeoutMs?: number;
  /** Bytes given to the program on standard input. */
  stdin?: string;
}

export interface RunTestsOptions {
  /** Regular expression passed as `-test.run`. */
  run?: string;
  /** Deadline for the test binary. Default 10_000. */
  timeoutMs?: number;
}

/** Reports toolchain download progress (browser engine), bytes so far of total. */
export interface ProgressEvent {
  what: string;
  loaded: number;
  total: number;
}

/** What every engine implements. */
export interface GoEngine {
  readonly name: EngineName;
  runProgram(files: GoFiles, options?: RunProgramOptions): Promise<RunResult>;
  runTests(files: GoFiles, options?: RunTestsOptions): Promise<RunResult>;
  /** gofmt the source; rejects with the gofmt error text when it does not parse. */
  formatGo(source: string): Promise<string>;
  /** Frees workers and cached modules. */
  dispose(): Promise<void>;
}
