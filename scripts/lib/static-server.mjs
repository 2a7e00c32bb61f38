/**
 * A static server for the built site that behaves like a real host, for the
 * browser benchmark: ETags with 304 answers, `immutable` on Vite's hashed
 * assets, `no-cache` (revalidate) on everything else, and gzip or brotli
 * transfer encoding for compressible types — including raw `.wasm`, which
 * every common host compresses. It counts the bytes it puts on the wire so a
 * benchmark can report what the learner downloads.
 */
import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { Transform, pipeline } from 'node:stream';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.gz': 'application/gzip',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.webmanifest',
  '.svg',
  '.txt',
  '.xml',
  '.wasm',
]);

/**
 * @param {string} root the folder to serve (the site's dist/)
 * @param {{ base?: string }} [options] the site's base path, e.g. "/go-mastery/"
 * @returns {Promise<{ url: string, bytes(): number, reset(): void, close(): Promise<void> }>}
 */
export async function serveStatic(root, options = {}) {
  const base = options.base ?? '/';
  let wire = 0;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) return notFound(res);
    path = path.slice(base.length - 1);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(normalize(root) + sep)) return notFound(res);
    let stat;
    try {
      stat = statSync(file);
      if (stat.isDirectory()) return redirect(res, `${url.pathname}/`);
    } catch {
      return notFound(res);
    }
    const ext = extname(file);
    const accept = String(req.headers['accept-encoding'] ?? '');
    const encoding = !COMPRESSIBLE.has(ext) ? '' : /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : '';
    const etag = `"${createHash('sha1').update(`${stat.size}-${stat.mtimeMs}-${encoding}`).digest('hex').slice(0, 16)}"`;
    const headers = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      etag,
      vary: 'accept-encoding',
      // As public/_headers asks of a host: hashed assets and the raw tools for good.
      'cache-control': /^\/_astro\/|^\/go\/[^/]+\.wasm$/.test(path)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      ...(encoding ? { 'content-encoding': encoding } : { 'content-length': String(stat.size) }),
    };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag, 'cache-control': headers['cache-control'] });
      return res.end();
    }
    res.writeHead(200, headers);
    if (req.method === 'HEAD') return res.end();
    // Counts the bytes after compression: what crosses the wire.
    const counted = new Transform({
      transform(chunk, _encoding, done) {
        wire += chunk.length;
        done(null, chunk);
      },
    });
    const stages = [createReadStream(file)];
    if (encoding === 'br') stages.push(createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }));
    if (encoding === 'gzip') stages.push(createGzip({ level: 6 }));
    stages.push(counted, res);
    pipeline(stages, () => undefined);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    bytes: () => wire,
    reset: () => {
      wire = 0;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}

/** @param {import('node:http').ServerResponse} res */
function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found');
}

/** @param {import('node:http').ServerResponse} res @param {string} to */
function redirect(res, to) {
  res.writeHead(301, { location: to });
  res.end();
}
