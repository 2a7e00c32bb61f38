import { describe, expect, it } from 'vitest';
import { constants, createGoFs } from '../../../src/runner/go/gofs.ts';
import { MemFs, resolvePath } from '../../../src/runner/go/memfs.ts';

type Result = { err: { code: string } | null; value: unknown };

/** Calls a callback-style method of the Go fs and returns what the callback got (it calls back synchronously). */
function call(fs: ReturnType<typeof createGoFs>, method: string, ...args: unknown[]): Result {
  let result: Result | undefined;
  (fs as unknown as Record<string, (...a: unknown[]) => void>)[method]?.(
    ...args,
    (err: { code: string } | null, value: unknown) => {
      result = { err, value };
    },
  );
  if (!result) throw new Error(`${method} did not call back`);
  return result;
}

function setup(stdin = '') {
  const mem = new MemFs(() => 1_000);
  mem.mkdirp('/work');
  const written: [number, string][] = [];
  const fs = createGoFs(
    mem,
    { stdin: new TextEncoder().encode(stdin), write: (fd, b) => written.push([fd, new TextDecoder().decode(b)]) },
    () => '/work',
  );
  return { mem, fs, written };
}

const { O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND } = constants;

describe('resolvePath', () => {
  it('resolves relative paths against cwd and never climbs above the root', () => {
    expect(resolvePath('/work', 'a/../b/./c')).toBe('/work/b/c');
    expect(resolvePath('/work', '/x//y/')).toBe('/x/y');
    expect(resolvePath('/', '../../etc')).toBe('/etc');
  });
});

describe('the Go file system', () => {
  it('creates, writes, seeks by position and reads back a file relative to cwd', () => {
    const { fs, mem } = setup();
    const fd = call(fs, 'open', 'notes.txt', O_RDWR | O_CREAT, 0o644).value as number;
    call(fs, 'write', fd, new TextEncoder().encode('hello world'), 0, 11, null);
    const buf = new Uint8Array(5);
    expect(call(fs, 'read', fd, buf, 0, 5, 6)).toEqual({ err: null, value: 5 });
    expect(new TextDecoder().decode(buf)).toBe('world');
    expect(new TextDecoder().decode(mem.readFile('/work/notes.txt'))).toBe('hello world');
    expect(call(fs, 'close', fd).err).toBeNull();
  });

  it('reports Node error codes that Go maps to errno values', () => {
    const { fs } = setup();
    expect(call(fs, 'open', 'missing.txt', O_RDONLY, 0).err?.code).toBe('ENOENT');
    call(fs, 'mkdir', 'dir', 0o755);
    expect(call(fs, 'mkdir', 'dir', 0o755).err?.code).toBe('EEXIST');
    call(fs, 'open', 'dir/f', O_WRONLY | O_CREAT, 0o644);
    expect(call(fs, 'rmdir', 'dir').err?.code).toBe('ENOTEMPTY');
    expect(call(fs, 'open', 'dir/f', O_WRONLY | O_CREAT | O_EXCL, 0o644).err?.code).toBe('EEXIST');
    expect(call(fs, 'open', 'dir/f/x', O_RDONLY, 0).err?.code).toBe('ENOTDIR');
    expect(call(fs, 'close', 99).err?.code).toBe('EBADF');
  });

  it('truncates on O_TRUNC and appends on O_APPEND', () => {
    const { fs, mem } = setup();
    mem.writeFile('/work/log', 'old content');
    let fd = call(fs, 'open', 'log', O_WRONLY | O_TRUNC, 0).value as number;
    call(fs, 'write', fd, new TextEncoder().encode('a'), 0, 1, null);
    fd = call(fs, 'open', 'log', O_WRONLY | O_APPEND, 0).value as number;
    call(fs, 'write', fd, new TextEncoder().encode('b'), 0, 1, 0);
    expect(new TextDecoder().decode(mem.readFile('/work/log'))).toBe('ab');
  });

  it('lists a directory sorted and stats files and directories', () => {
    const { fs, mem } = setup();
    mem.writeFile('/work/b.txt', 'bb');
    mem.writeFile('/work/a.txt', 'a');
    mem.mkdirp('/work/sub');
    expect(call(fs, 'readdir', '.').value).toEqual(['a.txt', 'b.txt', 'sub']);
    const st = call(fs, 'stat', 'b.txt').value as {
      size: number;
      mode: number;
      isDirectory(): boolean;
      mtimeMs: number;
    };
    expect(st.size).toBe(2);
    expect(st.isDirectory()).toBe(false);
    expect(st.mtimeMs).toBe(1_000);
    expect((call(fs, 'lstat', 'sub').value as { isDirectory(): boolean }).isDirectory()).toBe(true);
  });

  it('renames and removes files', () => {
    const { fs, mem } = setup();
    mem.writeFile('/work/a', 'x');
    expect(call(fs, 'rename', 'a', 'b').err).toBeNull();
    expect(call(fs, 'stat', 'a').err?.code).toBe('ENOENT');
    expect(call(fs, 'unlink', 'b').err).toBeNull();
    expect(call(fs, 'readdir', '.').value).toEqual([]);
  });

  it('sends writes to fd 1 and 2 to stdio, including writeSync from the Go runtime', () => {
    const { fs, written } = setup();
    call(fs, 'write', 1, new TextEncoder().encode('out'), 0, 3, null);
    fs.writeSync(2, new TextEncoder().encode('panic'));
    expect(written).toEqual([
      [1, 'out'],
      [2, 'panic'],
    ]);
  });

  it('serves stdin on fd 0 until EOF', () => {
    const { fs } = setup('abc');
    const buf = new Uint8Array(2);
    expect(call(fs, 'read', 0, buf, 0, 2, null).value).toBe(2);
    expect(call(fs, 'read', 0, buf, 0, 2, null).value).toBe(1);
    expect(call(fs, 'read', 0, buf, 0, 2, null).value).toBe(0);
  });

  it('never copies a shared file until it is written, and then leaves the original intact', () => {
    const { fs, mem } = setup();
    const archive = new TextEncoder().encode('archive');
    mem.writeFile('/work/pkg.a', archive, { shared: true });
    expect(mem.readFile('/work/pkg.a').buffer).toBe(archive.buffer);
    const fd = call(fs, 'open', 'pkg.a', O_WRONLY, 0).value as number;
    call(fs, 'write', fd, new TextEncoder().encode('X'), 0, 1, null);
    expect(new TextDecoder().decode(mem.readFile('/work/pkg.a'))).toBe('Xrchive');
    expect(new TextDecoder().decode(archive)).toBe('archive');
  });

  it('refuses links, which the in-memory tree does not have', () => {
    const { fs } = setup();
    expect(call(fs, 'symlink', 'a', 'b').err?.code).toBe('ENOSYS');
  });

  it('with asyncCallbacks, does the work at once but calls back only after the call returned', async () => {
    const mem = new MemFs(() => 1_000);
    mem.mkdirp('/work');
    const written: string[] = [];
    const fs = createGoFs(
      mem,
      { stdin: new Uint8Array(0), write: (_fd, b) => written.push(new TextDecoder().decode(b)) },
      () => '/work',
      { asyncCallbacks: true },
    );
    const events: string[] = [];
    fs.write(1, new TextEncoder().encode('hi'), 0, 2, null, (err, n) =>
      events.push(`write ${String(err)} ${String(n)}`),
    );
    fs.stat('missing', (err) => events.push(`stat ${err?.code ?? 'ok'}`));
    events.push('returned');
    expect(written).toEqual(['hi']);
    await Promise.resolve();
    expect(events).toEqual(['returned', 'write null 2', 'stat ENOENT']);
  });
});
