/**
 * The in-memory file system every Go program in the runner sees (compile, link
 * and the learner's binary). gofs.ts exposes it to Go.
 *
 * Why not memfs: memfs needs Node's buffer/stream/path modules, which the
 * browser build would have to polyfill, and it copies every buffer it stores.
 * This file system stores Uint8Arrays as given, so the std archives (tens of
 * MB) are shared by every build without copying, and copied only if written.
 */

const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;
/** Mode bits of a character device (what the standard streams report). */
export const S_IFCHR = 0o020000;

interface BaseNode {
  ino: number;
  mode: number;
  atimeMs: number;
  mtimeMs: number;
  ctimeMs: number;
}

export interface FileNode extends BaseNode {
  kind: 'file';
  data: Uint8Array;
  size: number;
  /** data belongs to someone else (a cached archive): copy before writing. */
  shared: boolean;
}

export interface DirNode extends BaseNode {
  kind: 'dir';
  children: Map<string, FsNode>;
}

export type FsNode = FileNode | DirNode;

/** An error the way Node reports it: Go maps `code` to a syscall.Errno. */
export class FsError extends Error {
  readonly code: string;

  constructor(code: string, syscall: string, path?: string) {
    super(`${code}: ${syscall}${path === undefined ? '' : ` '${path}'`}`);
    this.code = code;
  }
}

/** Normalizes a slash-separated path against cwd; ".." never climbs above "/". */
export function resolvePath(cwd: string, path: string): string {
  const parts: string[] = [];
  for (const part of `${path.startsWith('/') ? '' : `${cwd}/`}${path}`.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/** A tree of files and directories held in memory. */
export class MemFs {
  private nextIno = 1;
  /** Clock for timestamps (injectable for tests). */
  readonly now: () => number;
  readonly root: DirNode;

  constructor(now: () => number = Date.now) {
    this.now = now;
    this.root = this.newDir(0o755);
  }

  private stamp(): Pick<BaseNode, 'ino' | 'atimeMs' | 'mtimeMs' | 'ctimeMs'> {
    const t = this.now();
    return { ino: this.nextIno++, atimeMs: t, mtimeMs: t, ctimeMs: t };
  }

  /** A new, unattached directory node. */
  newDir(perm: number): DirNode {
    return { kind: 'dir', mode: S_IFDIR | (perm & 0o7777), children: new Map(), ...this.stamp() };
  }

  /** A new, unattached file node holding data (borrowed, not copied, when shared). */
  newFile(perm: number, data: Uint8Array = new Uint8Array(0), shared = false): FileNode {
    return { kind: 'file', mode: S_IFREG | (perm & 0o7777), data, size: data.length, shared, ...this.stamp() };
  }

  /** Finds the node at an absolute path, or throws ENOENT/ENOTDIR. */
  lookup(path: string, syscall = 'stat'): FsNode {
    let node: FsNode = this.root;
    for (const part of path.split('/')) {
      if (part === '') continue;
      if (node.kind !== 'dir') throw new FsError('ENOTDIR', syscall, path);
      const next: FsNode | undefined = node.children.get(part);
      if (!next) throw new FsError('ENOENT', syscall, path);
      node = next;
    }
    return node;
  }

  /** The directory holding path and the last element's name. */
  parentOf(path: string, syscall: string): { dir: DirNode; name: string } {
    const cut = path.lastIndexOf('/');
    const name = path.slice(cut + 1);
    const dir = this.lookup(path.slice(0, cut) || '/', syscall);
    if (dir.kind !== 'dir') throw new FsError('ENOTDIR', syscall, path);
    if (name === '') throw new FsError('EEXIST', syscall, path);
    return { dir, name };
  }

  /** Creates a directory and its parents (like mkdir -p). */
  mkdirp(path: string): void {
    let node: DirNode = this.root;
    for (const part of path.split('/')) {
      if (part === '') continue;
      let next = node.children.get(part);
      if (!next) {
        next = this.newDir(0o755);
        node.children.set(part, next);
      }
      if (next.kind !== 'dir') throw new FsError('ENOTDIR', 'mkdir', path);
      node = next;
    }
  }

  /**
   * Writes a whole file, creating parent directories. With shared, the bytes
   * are stored without a copy and copied only if the program writes to them.
   */
  writeFile(path: string, data: Uint8Array | string, opts: { shared?: boolean; mode?: number } = {}): void {
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
    this.mkdirp(path.slice(0, path.lastIndexOf('/')) || '/');
    const { dir, name } = this.parentOf(path, 'open');
    dir.children.set(name, this.newFile(opts.mode ?? 0o644, bytes, opts.shared ?? false));
  }

  /** Reads a whole file (a view, not a copy). */
  readFile(path: string): Uint8Array {
    const node = this.lookup(path, 'open');
    if (node.kind !== 'file') throw new FsError('EISDIR', 'read', path);
    return node.data.subarray(0, node.size);
  }
}
