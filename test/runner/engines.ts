/**
 * The engines the conformance suite runs cases on.
 *
 * By default these are the course runner's own engines: the wasm toolchain in
 * Node workers, and the native engine when `go` is on PATH. With
 * CONFORMANCE_ENGINES=reference the suite instead runs the cases on real Go
 * (reference-go.mjs: `go build` natively, and GOOS=js GOARCH=wasm under Node),
 * which checks that the expectations themselves are right.
 *
 * The runner's engines come from getEngine in src/runner/index.ts: change the
 * two `create` lines below if its factories move.
 */
import { getEngine } from '../../src/runner/index.ts';
import type {
  EngineName,
  GoEngine,
  GoFiles,
  RunProgramOptions,
  RunResult,
  RunTestsOptions,
} from '../../src/runner/types.ts';
import { goToolchain, runWithGo } from './reference-go.mjs';

export interface EngineUnderTest {
  name: EngineName;
  /** Shown in test names. */
  label: string;
  /** Why the engine cannot run here, or undefined when it can. */
  unavailable: string | undefined;
  create(): Promise<GoEngine>;
}

/** One line printed when native conformance cannot run. */
export const GO_NOT_FOUND = 'skipped: go not found (native conformance)';

/** The engines selected by CONFORMANCE_ENGINES (`runner`, the default, or `reference`). */
export function enginesUnderTest(source = process.env['CONFORMANCE_ENGINES'] ?? 'runner'): EngineUnderTest[] {
  const goMissing = goToolchain() ? undefined : GO_NOT_FOUND;
  if (source === 'reference') {
    return [
      { name: 'wasm', label: 'reference js/wasm', unavailable: goMissing, create: async () => referenceEngine('wasm') },
      {
        name: 'native',
        label: 'reference native',
        unavailable: goMissing,
        create: async () => referenceEngine('native'),
      },
    ];
  }
  if (source !== 'runner') throw new Error(`CONFORMANCE_ENGINES must be "runner" or "reference", not "${source}"`);
  return [
    { name: 'wasm', label: 'wasm', unavailable: undefined, create: async () => getEngine('wasm') },
    { name: 'native', label: 'native', unavailable: goMissing, create: async () => getEngine('native') },
  ];
}

/** Wraps reference-go.mjs in the GoEngine interface. */
function referenceEngine(target: EngineName): GoEngine {
  return {
    name: target,
    runProgram: (files: GoFiles, options: RunProgramOptions = {}) =>
      runWithGo(files, { kind: 'run', target, ...options }) as Promise<RunResult>,
    runTests: (files: GoFiles, options: RunTestsOptions = {}) =>
      runWithGo(files, { kind: 'test', target, ...options }) as Promise<RunResult>,
    formatGo: () => Promise.reject(new Error('the reference engine does not format')),
    dispose: async () => {},
  };
}
