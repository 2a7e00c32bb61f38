/**
 * The Node-style callback API that Go's syscall package calls on js/wasm
 * (syscall/fs_js.go), backed by a MemFs, with stdin/stdout/stderr on fds 0-2.
 */
import { FsError, resolvePath, S_IFCHR, type FileNode, type FsNode, type MemFs } from './memfs.ts';

/** Node's open(2) flag values on Linux; Go reads them from fs.constants. */
export const constants = {
  O_RDONLY: 0,
  O_WRONLY: 1,
  O_RDWR: 2,
  O_CREAT: 64,
  O_EXCL: 128,
  O_TRUNC: 512,
  O_APPEND: 1024,
  O_DIRECTORY: 65536,
};

interface OpenFile {
  node: FsNode;
  path: string;
  pos: number;
  flags: number;
}

/** Standard streams of the program. */
export interface Stdio {
  stdin: Uint8Array;
  /** Called for every write to fd 1 or 2; bytes may be a view into wasm memory, copy if kept. */
  write(fd: 1 | 2, bytes: Uint8Array): void;
}

type Callback = (err: FsError | null, result?: unknown) => void;

/** Ensures capacity for size bytes, copying shared data first. */
function ensureWritable(file: FileNode, size: number): void {
  if (!file.shared && file.data.length >= size) return;
  const cap = Math.max(size, file.shared ? file.size : Math.min(file.data.length * 2, size + 64 * 1024 * 1024), 64);
  const data = new Uint8Array(cap);
  data.set(file.data.subarray(0, file.size));
  file.data = data;
  file.shared = false;
}

function setSize(file: FileNode, size: number): void {
  if (size > file.size) {
    ensureWritable(file, size);
    file.data.fill(0, file.size, size);
  } else if (file.shared) {
    ensureWritable(file, file.size);
  }
  file.size = size;
}

function statOf(node: FsNode | null, size?: number) {
  const mode = node?.mode ?? S_IFCHR | 0o620;
  const t = node?.mtimeMs ?? 0;
  const bytes = size ?? (node?.kind === 'file' ? node.size : node ? 4096 : 0);
  return {
    dev: 1,
    ino: node?.ino ?? 0,
    mode,
    nlink: 1,
    uid: 0,
    gid: 0,
    rdev: 0,
    size: bytes,
    blksize: 4096,
    blocks: Math.ceil(bytes / 512),
    atimeMs: node?.atimeMs ?? t,
    mtimeMs: t,
    ctimeMs: node?.ctimeMs ?? t,
    isDirectory: () => node?.kind === 'dir',
  };
}

export interface GoFsOptions {
  /**
   * Deliver every callback in a microtask, after the Go call returned, as
   * Node's real fs does. Go runs a callback that arrives during its call on
   * the calling goroutine, and since Go 1.26 syscall/js runs it inside the
   * caller's testing/synctest bubble: from a bubbled goroutine that is a
   * second bubble.Run, which panics ("goroutine is already bubbled"). A
   * callback that arrives later runs on the event-handler goroutine, outside
   * any bubble. Synchronous delivery saves about 10 µs per call (a wasm exit
   * and re-entry), which the compiler and linker, with their thousands of
   * file operations, keep; only binaries that link testing/synctest need this.
   */
  asyncCallbacks?: boolean;
}

/**
 * The object Go's syscall package finds at globalThis.fs. Go waits for each
 * callback (fsCall blocks on a channel), so the order of operations is the
 * same either way.
 */
export function createGoFs(mem: MemFs, stdio: Stdio, cwd: () => string, options: GoFsOptions = {}) {
  const files = new Map<number, OpenFile>();
  let nextFd = 3;
  let stdinPos = 0;
  const abs = (path: string) => resolvePath(cwd(), path);
  const fdFile = (fd: number, syscall: string): OpenFile => {
    const f = files.get(fd);
    if (!f) throw new FsError('EBADF', syscall);
    return f;
  };
  const deliver: (cb: Callback, err: FsError | null, result?: unknown) => void = options.asyncCallbacks
    ? (cb, err, result) => queueMicrotask(() => cb(err, result))
    : (cb, err, result) => cb(err, result);
  /** Runs op now and hands its result or FsError to the Node-style callback. */
  const call = (cb: Callback, op: () => unknown) => {
    let result: unknown;
    try {
      result = op();
    } catch (err) {
      deliver(cb, err instanceof FsError ? err : new FsError('EIO', String(err)));
      return;
    }
    deliver(cb, null, result);
  };

  const writeFd = (fd: number, buf: Uint8Array, offset: number, length: number, position: number | null): number => {
    const bytes = buf.subarray(offset, offset + length);
    if (fd === 1 || fd === 2) {
      stdio.write(fd, bytes);
      return length;
    }
    const f = fdFile(fd, 'write');
    if (f.node.kind !== 'file') throw new FsError('EISDIR', 'write', f.path);
    if ((f.flags & 3) === constants.O_RDONLY) throw new FsError('EBADF', 'write', f.path);
    const file = f.node;
    const at = f.flags & constants.O_APPEND ? file.size : (position ?? f.pos);
    ensureWritable(file, at + length);
    if (at > file.size) file.data.fill(0, file.size, at);
    file.data.set(bytes, at);
    file.size = Math.max(file.size, at + length);
    file.mtimeMs = mem.now();
    if (position === null) f.pos = at + length;
    return length;
  };

  const readFd = (fd: number, buf: Uint8Array, offset: number, length: number, position: number | null): number => {
    if (fd === 0) {
      const n = Math.min(length, stdio.stdin.length - stdinPos);
      buf.set(stdio.stdin.subarray(stdinPos, stdinPos + n), offset);
      stdinPos += n;
      return n;
    }
    if (fd === 1 || fd === 2) throw new FsError('EBADF', 'read');
    const f = fdFile(fd, 'read');
    if (f.node.kind !== 'file') throw new FsError('EISDIR', 'read', f.path);
    if ((f.flags & 3) === constants.O_WRONLY) throw new FsError('EBADF', 'read', f.path);
    const at = position ?? f.pos;
    const n = Math.max(0, Math.min(length, f.node.size - at));
    buf.set(f.node.data.subarray(at, at + n), offset);
    if (position === null) f.pos = at + n;
    return n;
  };

  return {
    constants,
    writeSync(fd: number, buf: Uint8Array): number {
      return writeFd(fd, buf, 0, buf.length, null);
    },
    write(fd: number, buf: Uint8Array, offset: number, length: number, position: number | null, cb: Callback) {
      call(cb, () => writeFd(fd, buf, offset, length, position));
    },
    read(fd: number, buf: Uint8Array, offset: number, length: number, position: number | null, cb: Callback) {
      call(cb, () => readFd(fd, buf, offset, length, position));
    },
    open(path: string, flags: number, mode: number, cb: Callback) {
      call(cb, () => {
        const p = abs(path);
        let node: FsNode | undefined;
        try {
          node = mem.lookup(p, 'open');
        } catch (err) {
          if (!(err instanceof FsError) || err.code !== 'ENOENT' || !(flags & constants.O_CREAT)) throw err;
        }
        if (node && flags & constants.O_CREAT && flags & constants.O_EXCL) throw new FsError('EEXIST', 'open', path);
        if (!node) {
          const { dir, name } = mem.parentOf(p, 'open');
          node = mem.newFile(mode);
          dir.children.set(name, node);
        }
        if (node.kind === 'dir' && (flags & 3) !== constants.O_RDONLY) throw new FsError('EISDIR', 'open', path);
        if (node.kind === 'file' && flags & constants.O_DIRECTORY) throw new FsError('ENOTDIR', 'open', path);
        if (node.kind === 'file' && flags & constants.O_TRUNC) setSize(node, 0);
        const fd = nextFd++;
        files.set(fd, { node, path: p, pos: 0, flags });
        return fd;
      });
    },
    close(fd: number, cb: Callback) {
      call(cb, () => {
        if (fd <= 2) return undefined;
        fdFile(fd, 'close');
        files.delete(fd);
        return undefined;
      });
    },
    fstat(fd: number, cb: Callback) {
      call(cb, () => (fd <= 2 ? statOf(null) : statOf(fdFile(fd, 'fstat').node)));
    },
    stat(path: string, cb: Callback) {
      call(cb, () => statOf(mem.lookup(abs(path), 'stat')));
    },
    lstat(path: string, cb: Callback) {
      call(cb, () => statOf(mem.lookup(abs(path), 'lstat')));
    },
    readdir(path: string, cb: Callback) {
      call(cb, () => {
        const node = mem.lookup(abs(path), 'scandir');
        if (node.kind !== 'dir') throw new FsError('ENOTDIR', 'scandir', path);
        return [...node.children.keys()].sort();
      });
    },
    mkdir(path: string, perm: number, cb: Callback) {
      call(cb, () => {
        const { dir, name } = mem.parentOf(abs(path), 'mkdir');
        if (dir.children.has(name)) throw new FsError('EEXIST', 'mkdir', path);
        dir.children.set(name, mem.newDir(perm));
        return undefined;
      });
    },
    rmdir(path: string, cb: Callback) {
      call(cb, () => {
        const p = abs(path);
        const node = mem.lookup(p, 'rmdir');
        if (node.kind !== 'dir') throw new FsError('ENOTDIR', 'rmdir', path);
        if (node.children.size > 0) throw new FsError('ENOTEMPTY', 'rmdir', path);
        if (p === '/') throw new FsError('EBUSY', 'rmdir', path);
        const { dir, name } = mem.parentOf(p, 'rmdir');
        dir.children.delete(name);
        return undefined;
      });
    },
    unlink(path: string, cb: Callback) {
      call(cb, () => {
        const p = abs(path);
        if (mem.lookup(p, 'unlink').kind === 'dir') throw new FsError('EISDIR', 'unlink', path);
        const { dir, name } = mem.parentOf(p, 'unlink');
        dir.children.delete(name);
        return undefined;
      });
    },
    rename(from: string, to: string, cb: Callback) {
      call(cb, () => {
        const src = abs(from);
        const dst = abs(to);
        const node = mem.lookup(src, 'rename');
        if (dst === src) return undefined;
        if (dst.startsWith(`${src}/`)) throw new FsError('EINVAL', 'rename', from);
        const target = mem.parentOf(dst, 'rename');
        const existing = target.dir.children.get(target.name);
        if (existing?.kind === 'dir' && (node.kind !== 'dir' || existing.children.size > 0)) {
          throw new FsError(node.kind === 'dir' ? 'ENOTEMPTY' : 'EISDIR', 'rename', to);
        }
        if (existing?.kind === 'file' && node.kind === 'dir') throw new FsError('ENOTDIR', 'rename', to);
        const source = mem.parentOf(src, 'rename');
        source.dir.children.delete(source.name);
        target.dir.children.set(target.name, node);
        return undefined;
      });
    },
    truncate(path: string, length: number, cb: Callback) {
      call(cb, () => {
        const node = mem.lookup(abs(path), 'open');
        if (node.kind !== 'file') throw new FsError('EISDIR', 'truncate', path);
        setSize(node, length);
        return undefined;
      });
    },
    ftruncate(fd: number, length: number, cb: Callback) {
      call(cb, () => {
        const f = fdFile(fd, 'ftruncate');
        if (f.node.kind !== 'file') throw new FsError('EINVAL', 'ftruncate', f.path);
        setSize(f.node, length);
        return undefined;
      });
    },
    chmod(path: string, mode: number, cb: Callback) {
      call(cb, () => {
        const node = mem.lookup(abs(path), 'chmod');
        node.mode = (node.mode & ~0o7777) | (mode & 0o7777);
        return undefined;
      });
    },
    fchmod(fd: number, mode: number, cb: Callback) {
      call(cb, () => {
        const node = fdFile(fd, 'fchmod').node;
        node.mode = (node.mode & ~0o7777) | (mode & 0o7777);
        return undefined;
      });
    },
    utimes(path: string, atime: number, mtime: number, cb: Callback) {
      call(cb, () => {
        const node = mem.lookup(abs(path), 'utime');
        node.atimeMs = atime * 1000;
        node.mtimeMs = mtime * 1000;
        return undefined;
      });
    },
    // Ownership does not exist here: accept and ignore, like a single-user system.
    chown(_path: string, _uid: number, _gid: number, cb: Callback) {
      deliver(cb, null);
    },
    fchown(_fd: number, _uid: number, _gid: number, cb: Callback) {
      deliver(cb, null);
    },
    lchown(_path: string, _uid: number, _gid: number, cb: Callback) {
      deliver(cb, null);
    },
    fsync(_fd: number, cb: Callback) {
      deliver(cb, null);
    },
    // No links: the runner's file system is a plain tree.
    link(_path: string, _link: string, cb: Callback) {
      deliver(cb, new FsError('ENOSYS', 'link'));
    },
    symlink(_path: string, _link: string, cb: Callback) {
      deliver(cb, new FsError('ENOSYS', 'symlink'));
    },
    readlink(path: string, cb: Callback) {
      call(cb, () => {
        mem.lookup(abs(path), 'readlink');
        throw new FsError('EINVAL', 'readlink', path);
      });
    },
  };
}
