/** Messages between an engine (main thread) and its workers. Plain data only: they cross postMessage. */
import type { Diagnostic, GoFiles, ProgressEvent } from '../types.ts';
import type { BuildMode } from '../build/plan.ts';
import type { OutputChunk } from '../results/output.ts';

export type ToolchainRequest =
  | { type: 'build'; id: number; mode: BuildMode; files: GoFiles }
  | { type: 'format'; id: number; source: string; filename: string };

export type BuildReply =
  | {
      ok: true;
      /** The linked program. */
      wasm: Uint8Array;
      /** wasm_exec.js, so program workers need not load it themselves. */
      wasmExec: string;
      workDir: string;
      /** The binary links testing/synctest: deliver file-system callbacks asynchronously. */
      asyncCallbacks: boolean;
      compileMs: number;
      linkMs: number;
    }
  | { ok: false; diagnostics: Diagnostic[]; stderr: string; compileMs: number; linkMs: number };

export type FormatReply = { ok: true; text: string } | { ok: false; error: string };

export type ToolchainMessage =
  | { type: 'build'; id: number; reply: BuildReply }
  | { type: 'format'; id: number; reply: FormatReply }
  | { type: 'failed'; id: number; error: string }
  | { type: 'progress'; event: ProgressEvent };

export interface ProgramRequest {
  type: 'run';
  wasm: Uint8Array;
  wasmExec: string;
  argv: string[];
  env: Record<string, string>;
  /** Files visible to the program, by absolute path. */
  files: Record<string, string>;
  workDir: string;
  stdin: string;
  outputCap: number;
  /** See GoFsOptions.asyncCallbacks. */
  asyncCallbacks: boolean;
}

export type ProgramMessage =
  /** The binary is compiled and about to run: the deadline starts now. */
  | { type: 'started' }
  /** truncated: the output cap was reached; nothing more will be sent. */
  | { type: 'output'; chunks: OutputChunk[]; truncated?: boolean }
  | { type: 'exit'; code: number; truncated: boolean }
  | { type: 'crash'; error: string; truncated: boolean };
