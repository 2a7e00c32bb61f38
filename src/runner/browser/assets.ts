/**
 * Toolchain files in the browser: fetched from the site's /go/ folder with
 * progress, kept in Cache Storage under the Go version so a second visit (and
 * an offline one) starts without downloading, and checked against the
 * manifest's sha256 before use.
 */
import type { ProgressEvent } from '../types.ts';
import type { ManifestFile, ToolchainManifest } from '../manifest.ts';
import type { ToolchainAssets } from '../worker/assets.ts';
import { BUILD_CACHE_PREFIX, TOOLCHAIN_CACHE_PREFIX as CACHE_PREFIX } from './cache-names.ts';

/** Build outputs kept across page loads; the oldest go first (a learner package is tens of kB, a program a few MB). */
const BUILD_CACHE_ENTRIES = 120;

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

/**
 * Stores a raw tool in Cache Storage as it downloads, reporting progress in
 * compressed bytes as the other downloads do. Best effort: a failure only
 * means no offline copy yet.
 */
async function keep(
  cache: Cache,
  url: string,
  res: Response,
  report: (loaded: number, done?: boolean) => void,
  entry: ManifestFile,
): Promise<void> {
  if (!res.body) return;
  const scale = entry.gzipBytes / entry.bytes;
  let loaded = 0;
  const counted = res.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        loaded += chunk.length;
        report(Math.round(loaded * scale));
        controller.enqueue(chunk);
      },
      flush() {
        report(Math.round(loaded * scale), true);
      },
    }),
  );
  await cache
    .put(url, new Response(counted, { headers: { 'content-type': 'application/wasm' } }))
    .catch(() => undefined);
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
  const buildCacheName = () => `${BUILD_CACHE_PREFIX}${cacheName?.slice(CACHE_PREFIX.length) ?? 'unknown'}`;
  const buildUrl = (key: string) => new URL(`__build/${key}`, base).href;

  /** Reports a download's progress at most every 100 ms, and once at its end. */
  const progress = (what: string, total: number) => {
    let last = 0;
    return (loaded: number, done = false) => {
      const now = performance.now();
      if (!done && now - last <= 100) return;
      last = now;
      onProgress({ what, loaded, total: Math.max(total, loaded) });
    };
  };

  const fetchFile = async (file: string, what: string, total: number): Promise<Uint8Array> => {
    const url = new URL(file, base).href;
    const cache = await open();
    const hit = await cache.match(url);
    if (hit) return new Uint8Array(await hit.arrayBuffer());
    let res: Response;
    try {
      res = await fetch(url);
    } catch (err) {
      // Nothing cached and no answer from the network: say so, not "a runtime error".
      throw new Error(
        `you are offline (or the site cannot be reached), and ${what}, which this code needs, ` +
          'was never downloaded. Connect once and run again',
        { cause: err },
      );
    }
    if (!res.ok) throw new Error(`could not download ${url}: HTTP ${res.status}`);
    const report = progress(what, total);
    const bytes = await readAll(res, total, report);
    report(bytes.length, true);
    await cache.put(url, new Response(bytes as BodyInit));
    return bytes;
  };

  const bytes = async (entry: ManifestFile, what: string): Promise<Uint8Array> => {
    const url = new URL(entry.file, base).href;
    let raw = await gunzip(await fetchFile(entry.file, what, entry.gzipBytes));
    if ((await sha256(raw)) !== entry.sha256) {
      // A stale or damaged cached copy: drop it and download once more.
      await (await open()).delete(url);
      raw = await gunzip(await fetchFile(entry.file, what, entry.gzipBytes));
      if ((await sha256(raw)) !== entry.sha256) throw new Error(`${url} does not match the toolchain manifest`);
    }
    return raw;
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
      // Archives and build outputs of an older Go are useless now.
      for (const name of await caches.keys()) {
        const current = name === cacheName || name === buildCacheName();
        if (!current && (name.startsWith(CACHE_PREFIX) || name.startsWith(BUILD_CACHE_PREFIX)))
          await caches.delete(name);
      }
      return manifest;
    },
    async text(file) {
      return new TextDecoder().decode(await fetchFile(file, file, 0));
    },
    bytes,
    store: {
      async get(key) {
        const hit = await (await caches.open(buildCacheName())).match(buildUrl(key));
        return hit ? new Uint8Array(await hit.arrayBuffer()) : undefined;
      },
      async put(key, data) {
        const cache = await caches.open(buildCacheName());
        await cache.put(buildUrl(key), new Response(data as BodyInit));
        // Keys come back in insertion order: drop the oldest beyond the limit.
        const keys = await cache.keys();
        for (const old of keys.slice(0, Math.max(0, keys.length - BUILD_CACHE_ENTRIES))) await cache.delete(old);
      },
    },
    async module(entry: ManifestFile, what: string) {
      // compileStreaming on the fetched raw .wasm is the one way Chromium keeps the machine
      // code V8 produced and skips compiling tens of MB on the next page load; a module
      // compiled from bytes is never cached, and neither is one served through the service
      // worker (measured: npm run bench:browser), so the service worker leaves these alone.
      // The URL names the content, so the host may cache it for good (public/_headers).
      const url = new URL(`${entry.file.replace(/\.gz$/, '')}?sha256=${entry.sha256}`, base).href;
      const cache = await open();
      try {
        const res = await fetch(url);
        if (res.ok && res.headers.get('content-type')?.startsWith('application/wasm')) {
          // A copy in Cache Storage too, for offline use once the HTTP cache has let it go.
          if (!(await cache.match(url))) void keep(cache, url, res.clone(), progress(what, entry.gzipBytes), entry);
          return await WebAssembly.compileStreaming(res);
        }
      } catch {
        const kept = await cache.match(url);
        if (kept) return WebAssembly.compileStreaming(kept);
      }
      // A host without raw tools: the gzipped file, checked and compiled from bytes.
      return WebAssembly.compile((await bytes(entry, what)) as BufferSource);
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
