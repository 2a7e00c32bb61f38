/**
 * The runner's public types. Every engine (wasm in the browser, wasm in Node,
 * native `go`) returns the same shapes, so islands, the CLI and the grading
 * harness never care which engine ran the code.
 */

/**
 * The learner's module: files keyed by slash-separated path from the module
 * root ("main.go", "shapes_test.go", "internal/store/store.go",
 * "static/index.html", "testdata/fuzz/FuzzParse/seed1"). Go files at the top
 * level form the package that runs or is tested; Go files in a directory form
 * the package of that directory; every file, Go or not, is in the program's
 * file system (under its working directory) and can be embedded.
 */
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

/**
 * One benchmark result line of `go test -bench` ("BenchmarkX-2  1000  512 ns/op
 * 64 B/op  2 allocs/op"). Under wasm the timings are those of WebAssembly, not
 * of native code; bytes and allocations per op are the same as natively for
 * the same code (see docs/runner-limitations.md).
 */
export interface BenchmarkResult {
  /** As go test names it, sub-benchmarks as `Parent/child`, without the -GOMAXPROCS suffix. */
  name: string;
  /** GOMAXPROCS it ran with (go prints it as a "-N" suffix when it is not 1). */
  procs: number;
  /** b.N of the final run. */
  iterations: number;
  nsPerOp: number;
  /** Set with -test.benchmem or b.ReportAllocs. */
  bytesPerOp?: number;
  allocsPerOp?: number;
  /** Set when the benchmark called b.SetBytes. */
  mbPerSec?: number;
  /** Custom metrics from b.ReportMetric, by unit (e.g. "items/op"). */
  metrics: Record<string, number>;
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
  /**
   * Per-test results (runTests only; empty for runProgram). Benchmarks are
   * listed here only when they failed, were skipped or never finished.
   */
  tests: TestResult[];
  /** Benchmark results, when runTests was asked to run benchmarks (options.bench). */
  benchmarks: BenchmarkResult[];
  diagnostics: Diagnostic[];
  timings: PhaseTimings;
}

export interface RunProgramOptions {
  /** Deadline for the learner's binary (not for compile/link). Default 10_000. */
  timeoutMs?: number;
  /** Bytes given to the program on standard input. */
  stdin?: string;
  /**
   * Stops the run: the program's worker (or process) is ended at once and the
   * promise rejects with a DOMException named "AbortError". The toolchain stays
   * warm for the next run.
   */
  signal?: AbortSignal;
}

export interface RunTestsOptions {
  /** Regular expression passed as `-test.run`. */
  run?: string;
  /** Regular expression passed as `-test.bench`: which benchmarks to run (none when absent, as in go test). */
  bench?: string;
  /** `-test.benchmem`: report bytes and allocations per op for every benchmark. */
  benchmem?: boolean;
  /** `-test.benchtime`: a duration ("100ms") or an iteration count ("1000x"). Default "1s", as in go test. */
  benchtime?: string;
  /** Deadline for the test binary. Default 10_000. */
  timeoutMs?: number;
  /**
   * Stops the run: the program's worker (or process) is ended at once and the
   * promise rejects with a DOMException named "AbortError". The toolchain stays
   * warm for the next run.
   */
  signal?: AbortSignal;
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
  /**
   * gofmt the source; rejects with the gofmt error text when it does not parse.
   * `filename` (default main.go) is the name errors use, so they point at the file being edited.
   */
  formatGo(source: string, filename?: string): Promise<string>;
  /**
   * Builds files ahead of a Run (into the build cache) and gets the tools ready,
   * so the learner's first Run of unchanged code only runs it. Optional: the
   * native engine has nothing to warm. Never rejects.
   */
  warm?(files: GoFiles, mode: 'run' | 'test'): Promise<void>;
  /** Frees workers and cached modules. */
  dispose(): Promise<void>;
}
