/** How a toolchain worker gets its files: from disk in Node, over HTTP (with a cache) in the browser. */
import type { ManifestFile, ToolchainManifest } from '../manifest.ts';

export interface ToolchainAssets {
  /** public/go/manifest.json */
  manifest(): Promise<ToolchainManifest>;
  /** A small text file next to the manifest (wasm_exec.js). */
  text(file: string): Promise<string>;
  /** A gzipped manifest file, decompressed. `what` names it in progress events. */
  bytes(entry: ManifestFile, what: string): Promise<Uint8Array>;
  /**
   * A tool (compile, link, gofmt) compiled to a module. Optional: the browser
   * compiles from a stored response so V8 can reuse its code cache; without it
   * the service compiles `bytes()`.
   */
  module?(entry: ManifestFile, what: string): Promise<WebAssembly.Module>;
  /**
   * Optional persistent build cache (compiled packages, linked programs) so a
   * page loaded again does not compile and link the same program again.
   * Keys are content hashes; losing an entry only costs a rebuild.
   */
  store?: BuildStore;
}

export interface BuildStore {
  get(key: string): Promise<Uint8Array | undefined>;
  put(key: string, bytes: Uint8Array): Promise<void>;
}

/** Runs fn over items with at most `limit` in flight (archive downloads). */
export async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  });
  await Promise.all(workers);
  return results;
}
