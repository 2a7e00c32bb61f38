/** Deterministic output for the toolchain build: gzip, hashes, sorted JSON, and the --check comparison. */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/**
 * gzip -9 without a file name or timestamp. Node writes mtime 0; the OS byte is
 * pinned to "Unix" so the header does not depend on the build machine.
 */
export function gzip(buf) {
  const out = gzipSync(buf, { level: 9 });
  out[9] = 3;
  return out;
}

/** Hex sha256 of raw bytes. */
export function sha256(buf) {
  return createHash('sha256').update(buf).digest('hex');
}

/** An entry describing one shipped file: where it is and how big it is raw and gzipped. */
export function fileEntry(file, raw, gz) {
  return { file, bytes: raw.length, gzipBytes: gz.length, sha256: sha256(raw) };
}

function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys(value[k])]),
    );
  }
  return value;
}

/** JSON with sorted keys and a trailing newline, so equal manifests are equal bytes. */
export function stableJson(value) {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

/**
 * Lists differences between two manifests (empty when they match). Gzip sizes
 * are ignored: they depend on the zlib inside Node, not on Go.
 */
export function diffManifests(committed, fresh) {
  const problems = [];
  for (const key of ['goVersion', 'lang', 'goos', 'goarch', 'trimmedBackends']) {
    if (committed[key] !== fresh[key]) {
      problems.push(`${key}: committed ${JSON.stringify(committed[key])}, rebuilt ${JSON.stringify(fresh[key])}`);
    }
  }
  const section = (name) => {
    const a = committed[name] ?? {};
    const b = fresh[name] ?? {};
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (!(k in a)) problems.push(`${name}: ${k} is new in the rebuild`);
      else if (!(k in b)) problems.push(`${name}: ${k} is missing from the rebuild`);
      else if (a[k].sha256 !== b[k].sha256) problems.push(`${name}: ${k} has different contents`);
      else if (JSON.stringify(a[k].imports ?? []) !== JSON.stringify(b[k].imports ?? [])) {
        problems.push(`${name}: ${k} has different imports`);
      }
    }
  };
  section('tools');
  section('packages');
  // Key order is not meaningful: go list may name a module's dependencies in
  // either order, so compare the sorted pairs.
  const sortedModules = (m) => JSON.stringify(Object.entries(m ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)));
  if (sortedModules(committed.modules) !== sortedModules(fresh.modules)) {
    problems.push(
      `modules: committed ${JSON.stringify(committed.modules ?? {})}, rebuilt ${JSON.stringify(fresh.modules ?? {})}`,
    );
  }
  if (committed.wasmExec?.sha256 !== fresh.wasmExec?.sha256) problems.push('wasm_exec.js differs');
  return problems;
}
