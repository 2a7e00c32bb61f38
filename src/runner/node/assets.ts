/** Toolchain files for Node: read from a directory (public/go) or fetched from an http(s) base URL. */
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { ManifestFile, ToolchainManifest } from '../manifest.ts';
import type { ToolchainAssets } from '../worker/assets.ts';

const gunzipAsync = promisify(gunzip);

/** public/go in this repository. */
export const defaultAssetBase = new URL('../../../public/go/', import.meta.url).href;

/** Reads toolchain files relative to base (a file: or http(s): URL ending in "/"). */
export function nodeAssets(base: string = defaultAssetBase): ToolchainAssets {
  const root = base.endsWith('/') ? base : `${base}/`;
  const load = async (file: string): Promise<Uint8Array> => {
    const url = new URL(file, root);
    if (url.protocol === 'file:') return readFile(url);
    // One retry: a compile keeps this worker busy for seconds, long enough for
    // the server to close the idle keep-alive socket the next fetch reuses.
    const get = () => fetch(url);
    const res = await get().catch(() => get());
    if (!res.ok) throw new Error(`${url.href}: HTTP ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  };
  return {
    async manifest() {
      try {
        return JSON.parse(new TextDecoder().decode(await load('manifest.json'))) as ToolchainManifest;
      } catch (err) {
        throw new Error(
          `The Go toolchain is missing at ${root} (${err instanceof Error ? err.message : String(err)}). ` +
            'Run npm run build:toolchain with Go >= 1.26 installed.',
          { cause: err },
        );
      }
    },
    async text(file: string) {
      return new TextDecoder().decode(await load(file));
    },
    async bytes(entry: ManifestFile) {
      const raw = await load(entry.file);
      // A server may already have removed the gzip layer (Content-Encoding).
      return raw[0] === 0x1f && raw[1] === 0x8b ? new Uint8Array(await gunzipAsync(raw)) : raw;
    },
  };
}
