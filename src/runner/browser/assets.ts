/**
 * Toolchain files in the browser: fetched from the site's /go/ folder with
 * progress, kept in Cache Storage under the Go version so a second visit (and
 * an offline one) starts without downloading, and checked against the
 * manifest's sha256 before use.
 */
import type { ProgressEvent } from '../types.ts';
import type { ManifestFile, ToolchainManifest } from '../manifest.ts';
import type { ToolchainAssets } from '../worker/assets.ts';

const CACHE_PREFIX = 'go-toolchain-';

/** Reads a response body into one array, reporting progress against the expected size. */
async function readAll(res: Response, expected: number, onChunk: (loaded: number) => void): Promise<Uint8Array> {
  const reader = res.body?.getReader();
  if (!reader) return new Uint8Array(await res.arrayBuffer());
  const parts: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    loaded += value.length;
    onChunk(loaded);
  }
  const out = new Uint8Array(loaded || expected);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out.subarray(0, at);
}

async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  // A server may already have removed the gzip layer (Content-Encoding: gzip).
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Assets from base (absolute URL ending in "/"), cached per Go version; progress reported per file. */
export function browserAssets(base: string, onProgress: (event: ProgressEvent) => void): ToolchainAssets {
  let cacheName: string | undefined;
  const open = () => caches.open(cacheName ?? `${CACHE_PREFIX}unknown`);

  const fetchFile = async (file: string, what: string, total: number): Promise<Uint8Array> => {
    const url = new URL(file, base).href;
    const cache = await open();
    const hit = await cache.match(url);
    if (hit) return new Uint8Array(await hit.arrayBuffer());
    const res = await fetch(url);
    if (!res.ok) throw new Error(`could not download ${url}: HTTP ${res.status}`);
    let last = 0;
    const bytes = await readAll(res, total, (loaded) => {
      const now = performance.now();
      if (now - last > 100) {
        last = now;
        onProgress({ what, loaded, total });
      }
    });
    onProgress({ what, loaded: bytes.length, total: Math.max(total, bytes.length) });
    await cache.put(url, new Response(bytes as BodyInit));
    return bytes;
  };

  return {
    async manifest() {
      const url = new URL('manifest.json', base).href;
      let manifest: ToolchainManifest;
      try {
        const res = await fetch(url, { cache: 'no-cache' });
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        manifest = (await res.json()) as ToolchainManifest;
      } catch (err) {
        // Offline: use the manifest of the toolchain cached on an earlier visit.
        const cached = await cachedManifest(url);
        if (!cached) throw new Error(`could not load the Go toolchain manifest from ${url}`, { cause: err });
        manifest = cached;
      }
      cacheName = `${CACHE_PREFIX}${manifest.goVersion}`;
      const cache = await open();
      await cache.put(url, new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/json' } }));
      // Archives of an older Go are useless now.
      for (const name of await caches.keys()) {
        if (name.startsWith(CACHE_PREFIX) && name !== cacheName) await caches.delete(name);
      }
      return manifest;
    },
    async text(file) {
      return new TextDecoder().decode(await fetchFile(file, file, 0));
    },
    async bytes(entry: ManifestFile, what: string) {
      const url = new URL(entry.file, base).href;
      let raw = await gunzip(await fetchFile(entry.file, what, entry.gzipBytes));
      if ((await sha256(raw)) !== entry.sha256) {
        // A stale or damaged cached copy: drop it and download once more.
        await (await open()).delete(url);
        raw = await gunzip(await fetchFile(entry.file, what, entry.gzipBytes));
        if ((await sha256(raw)) !== entry.sha256) throw new Error(`${url} does not match the toolchain manifest`);
      }
      return raw;
    },
  };
}

async function cachedManifest(url: string): Promise<ToolchainManifest | undefined> {
  for (const name of await caches.keys()) {
    if (!name.startsWith(CACHE_PREFIX)) continue;
    const hit = await (await caches.open(name)).match(url);
    if (hit) return (await hit.json()) as ToolchainManifest;
  }
  return undefined;
}
