/**
 * The runner's entry for Node (CLI, tests, the grading harness): the wasm
 * engine in worker threads and the native `go` engine. Browser code (islands)
 * imports ./browser/index.ts instead, which pulls in no Node modules.
 */
export { createNativeEngine, createNodeEngine, getEngine, goAvailable } from './node/index.ts';
export type { NodeEngineOptions } from './node/index.ts';
export type { NativeEngineOptions } from './node/native.ts';
export type * from './types.ts';
