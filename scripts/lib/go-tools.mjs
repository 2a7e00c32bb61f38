/**
 * The toolchain's tools (compile, link, gofmt) as raw `.wasm` beside the
 * committed `.wasm.gz`. The page compiles a tool with
 * `WebAssembly.compileStreaming(fetch(...))` on the raw file: that is the one
 * way Chromium keeps the machine code V8 produced and skips compiling tens of
 * MB on the next page load (a module compiled from bytes is never cached). The
 * host compresses it on the wire (Content-Encoding) and, because the URL
 * carries the file's sha256, may cache it for a year (`immutable`); a
 * revalidation would drop V8's cached code.
 *
 * The raw files are not committed (45 MB): `astro build` writes them into
 * dist/go/, and the dev server decompresses them on request.
 */
import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, createGunzip } from 'node:zlib';

/** Cache-Control for a raw tool: its URL names its content, so it never changes. */
export const RAW_TOOL_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/**
 * The raw tool files a manifest names, e.g. ["compile.wasm", ...].
 * @param {{ tools: Record<string, { file: string }> }} manifest
 */
export function rawToolFiles(manifest) {
  return Object.values(manifest.tools).map((t) => t.file.replace(/\.gz$/, ''));
}

/**
 * Writes the decompressed tools from a toolchain folder (public/go) into
 * another (dist/go). Returns the files written.
 * @param {string} from @param {string} to
 */
export function writeRawTools(from, to) {
  const manifest = JSON.parse(readFileSync(join(from, 'manifest.json'), 'utf8'));
  const files = rawToolFiles(manifest);
  for (const file of files) writeFileSync(join(to, file), gunzipSync(readFileSync(join(from, `${file}.gz`))));
  return files;
}

/**
 * Connect middleware for the dev server: /go/<tool>.wasm decompressed from
 * public/go/<tool>.wasm.gz; and, on both servers, the raw tools' caching header.
 * @param {string | null} publicGo public/go to serve raw tools from, or null to let the server serve dist
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next: () => void) => void}
 */
export function rawToolMiddleware(publicGo) {
  return (req, res, next) => {
    const match = /^\/go\/([a-z]+\.wasm)(?:\?|$)/.exec(req.url ?? '');
    if (!match) return next();
    res.setHeader('Cache-Control', RAW_TOOL_CACHE_CONTROL);
    if (!publicGo) return next();
    const source = createReadStream(join(publicGo, `${match[1]}.gz`));
    source.on('error', () => {
      res.statusCode = 404;
      res.end();
    });
    source.on('open', () => {
      res.setHeader('Content-Type', 'application/wasm');
      source.pipe(createGunzip()).pipe(res);
    });
  };
}
