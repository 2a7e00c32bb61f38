/**
 * A build cache for compiled packages, the way the go command keeps one: a
 * compile's output is stored under a hash of everything the compiler reads
 * (its own build, its flags, the source files, the import configuration and
 * the bytes of every archive that configuration names). The compiler is
 * deterministic, so equal inputs give equal archives, and a hit is exactly
 * what compiling again would produce. Only successful compiles are stored.
 * A link is keyed the same way (the linker is deterministic too), so running
 * an unchanged program again skips the link as well.
 */

/** What one compile reads. Archive contents are identified by a hash each. */
export interface CompileInputs {
  /** sha256 of the compiler (manifest.tools.compile). */
  compiler: string;
  args: string[];
  /** Directory the compiler runs in (relative file names resolve against it). */
  dir: string;
  /** Source files by path, with their contents. */
  sources: Record<string, Uint8Array | string>;
  importcfg: string;
  /** Hash of every archive the import configuration names, by import path. */
  archives: Record<string, string>;
}

const encoder = new TextEncoder();

/**
 * Web Crypto's digest, the same in browsers and Node workers, or undefined
 * where a page is not a secure context (plain http on a non-local address):
 * then nothing is cached and every build compiles, which is still correct.
 */
function subtle(): SubtleCrypto | undefined {
  return (globalThis as { crypto?: Crypto }).crypto?.subtle;
}

/** Hex sha256 of bytes; null when Web Crypto is unavailable. */
export async function sha256Hex(bytes: Uint8Array): Promise<string | null> {
  const s = subtle();
  if (!s) return null;
  const digest = await s.digest('SHA-256', bytes as BufferSource);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

type Field = string | Uint8Array;

/**
 * sha256 of a sequence of fields (null without Web Crypto). Every field is
 * length-prefixed, so no two different inputs can serialize to the same bytes.
 */
function hashFields(build: (add: (f: Field) => void, addRecord: (r: Record<string, Field>) => void) => void) {
  const parts: Uint8Array[] = [];
  const add = (text: Field) => {
    const bytes = typeof text === 'string' ? encoder.encode(text) : text;
    parts.push(encoder.encode(`${bytes.length}:`), bytes);
  };
  /** A record in key order, so the order it was built in does not matter. */
  const addRecord = (record: Record<string, Field>) => {
    const keys = Object.keys(record).sort();
    add(String(keys.length));
    for (const k of keys) {
      add(k);
      add(record[k] ?? '');
    }
  };
  build(add, addRecord);
  const total = parts.reduce((n, p) => n + p.length, 0);
  const all = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  return sha256Hex(all);
}

/** The cache key of a compile (null without Web Crypto). */
export function compileKey(inputs: CompileInputs): Promise<string | null> {
  return hashFields((add, addRecord) => {
    add('compile-cache v1');
    add(inputs.compiler);
    add(String(inputs.args.length));
    for (const a of inputs.args) add(a);
    add(inputs.dir);
    addRecord(inputs.sources);
    add(inputs.importcfg);
    addRecord(inputs.archives);
  });
}

/** What one link reads: the linker, its flags, its import configuration and every archive's hash. */
export interface LinkInputs {
  /** sha256 of the linker (manifest.tools.link). */
  linker: string;
  args: string[];
  importcfg: string;
  /** Hash of every archive the link reads (the main one and each packagefile), by path. */
  archives: Record<string, string>;
}

/** The cache key of a link (null without Web Crypto). */
export function linkKey(inputs: LinkInputs): Promise<string | null> {
  return hashFields((add, addRecord) => {
    add('link-cache v1');
    add(inputs.linker);
    add(String(inputs.args.length));
    for (const a of inputs.args) add(a);
    add(inputs.importcfg);
    addRecord(inputs.archives);
  });
}

/** A compiled package archive and its sha256 (dependents' keys include it). */
export interface CompiledArchive {
  archive: Uint8Array;
  hash: string;
}

/** Compiled archives by key, least recently used dropped first once over the byte budget. */
export class CompileCache {
  private readonly entries = new Map<string, CompiledArchive>();
  private bytes = 0;
  private readonly maxBytes: number;

  /** maxBytes bounds the memory the cache holds (learner packages are tens of kB each). */
  constructor(maxBytes = 16 * 1024 * 1024) {
    this.maxBytes = maxBytes;
  }

  get(key: string): CompiledArchive | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      // Re-insert: Map keeps insertion order, so the first key is the least recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, entry: CompiledArchive): void {
    if (entry.archive.length > this.maxBytes) return;
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= old.archive.length;
      this.entries.delete(key);
    }
    this.entries.set(key, entry);
    this.bytes += entry.archive.length;
    for (const [k, v] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= v.archive.length;
    }
  }

  get size(): number {
    return this.entries.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }
}
