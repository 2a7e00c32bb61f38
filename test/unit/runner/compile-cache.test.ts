import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  CompileCache,
  compileKey,
  linkKey,
  type CompileInputs,
  type LinkInputs,
} from '../../../src/runner/worker/compile-cache.ts';
import type { BuildStore } from '../../../src/runner/worker/assets.ts';
import { ToolchainService } from '../../../src/runner/worker/toolchain-service.ts';
import { nodeAssets } from '../../../src/runner/node/assets.ts';

const base: CompileInputs = {
  compiler: 'c0ffee',
  args: ['-p', 'example.com/calc', './calc.go'],
  dir: '/src',
  sources: { '/src/calc.go': 'package calc\n' },
  importcfg: 'packagefile fmt=/go/pkg/fmt.a\n',
  archives: { fmt: 'aa11' },
};

describe('compileKey', () => {
  it('is stable for equal inputs, whatever the order of sources and archives', async () => {
    const a = await compileKey({
      ...base,
      sources: { '/src/a.go': 'package a\n', '/src/b.go': 'package a\n' },
      archives: { fmt: '1', os: '2' },
    });
    const b = await compileKey({
      ...base,
      sources: { '/src/b.go': 'package a\n', '/src/a.go': 'package a\n' },
      archives: { os: '2', fmt: '1' },
    });
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes when anything the compiler reads changes', async () => {
    const key = await compileKey(base);
    const variants: CompileInputs[] = [
      { ...base, compiler: 'c0ffef' },
      { ...base, args: ['-p', 'example.com/calc2', './calc.go'] },
      { ...base, dir: '/src/sub' },
      { ...base, sources: { '/src/calc.go': 'package calc\n\nvar x = 1\n' } },
      { ...base, sources: { '/src/other.go': 'package calc\n' } },
      { ...base, sources: { ...base.sources, '/src/more.go': 'package calc\n' } },
      { ...base, importcfg: 'packagefile fmt=/go/pkg/fmt2.a\n' },
      { ...base, archives: { fmt: 'aa12' } },
      { ...base, archives: { fmt: 'aa11', os: 'bb' } },
    ];
    const keys = await Promise.all(variants.map((v) => compileKey(v)));
    expect(new Set([key, ...keys]).size).toBe(variants.length + 1);
  });

  it('is null where Web Crypto is missing (a page on plain http), so nothing is cached', async () => {
    vi.stubGlobal('crypto', undefined);
    try {
      expect(await compileKey(base)).toBeNull();
    } finally {
      vi.unstubAllGlobals();
    }
    expect(await compileKey(base)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('cannot be fooled by moving bytes between fields', async () => {
    const a = await compileKey({ ...base, args: ['ab', 'c'] });
    const b = await compileKey({ ...base, args: ['a', 'bc'] });
    expect(a).not.toBe(b);
  });
});

describe('CompileCache', () => {
  const entry = (n: number) => ({ archive: new Uint8Array(n), hash: `h${n}` });

  it('returns what was stored', () => {
    const cache = new CompileCache(100);
    const e = entry(10);
    cache.set('k', e);
    expect(cache.get('k')).toBe(e);
    expect(cache.get('other')).toBeUndefined();
  });

  it('drops the least recently used entries once over its byte budget', () => {
    const cache = new CompileCache(100);
    cache.set('a', entry(40));
    cache.set('b', entry(40));
    cache.get('a'); // a is now more recent than b
    cache.set('c', entry(40));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
    expect(cache.totalBytes).toBe(80);
  });

  it('does not store an archive larger than the whole budget', () => {
    const cache = new CompileCache(100);
    cache.set('big', entry(101));
    expect(cache.size).toBe(0);
  });
});

const built = existsSync(new URL('../../../public/go/manifest.json', import.meta.url));

const calc = (body: string) => ({
  'go.mod': 'module example.com/calc\n\ngo 1.26\n',
  'calc.go': `package calc\n\nfunc Add(a, b int) int { return ${body} }\n`,
  'calc_test.go':
    'package calc\n\nimport "testing"\n\nfunc TestAdd(t *testing.T) {\n\tif Add(2, 3) != 5 {\n\t\tt.Fatal("Add")\n\t}\n}\n',
});

describe('linkKey', () => {
  const link: LinkInputs = {
    linker: 'l1',
    args: ['-o', '/build/a.out', '-importcfg', '/build/importcfg.link', '/build/main.a'],
    importcfg: 'packagefile fmt=/go/pkg/fmt.a\n',
    archives: { '/build/main.a': 'm1', '/go/pkg/fmt.a': 'f1' },
  };

  it('changes when the linker, its flags, its import configuration or any archive changes', async () => {
    const variants: LinkInputs[] = [
      { ...link, linker: 'l2' },
      { ...link, args: [...link.args, '-X', 'testing.testBinary=1'] },
      { ...link, importcfg: 'packagefile fmt=/go/pkg/fmt2.a\n' },
      { ...link, archives: { ...link.archives, '/build/main.a': 'm2' } },
      { ...link, archives: { ...link.archives, '/go/pkg/os.a': 'o1' } },
    ];
    const keys = await Promise.all([link, ...variants].map((v) => linkKey(v)));
    expect(new Set(keys).size).toBe(variants.length + 1);
    expect(await linkKey({ ...link })).toBe(keys[0]);
  });

  it('never equals the compile key of the same fields', async () => {
    const shared = { args: base.args, importcfg: base.importcfg, archives: base.archives };
    expect(await linkKey({ linker: base.compiler, ...shared })).not.toBe(await compileKey(base));
  });
});

/** A service whose tool runs are recorded (tool names in order). */
function recordingService(store?: BuildStore) {
  const assets = nodeAssets();
  const service = new ToolchainService(store ? { ...assets, store } : assets);
  const tools: string[] = [];
  const runTool = (service as unknown as { runTool: (tool: string, args: string[]) => Promise<unknown> }).runTool;
  Object.assign(service, {
    runTool(this: ToolchainService, tool: string, args: string[], ...rest: unknown[]) {
      tools.push(tool);
      return (runTool as (...a: unknown[]) => Promise<unknown>).call(this, tool, args, ...rest);
    },
  });
  return { service, tools };
}

describe.skipIf(!built)('the toolchain with its compile cache', () => {
  // The service installs Go's host globals (process, fs, path) in the thread
  // it runs in, as it does in its worker; put this thread's back afterwards.
  const saved = {
    process: globalThis.process,
    fs: Reflect.get(globalThis, 'fs'),
    path: Reflect.get(globalThis, 'path'),
  };
  afterAll(() => {
    globalThis.process = saved.process;
    Reflect.set(globalThis, 'fs', saved.fs);
    Reflect.set(globalThis, 'path', saved.path);
  });

  it('reuses compiled packages for unchanged code and gives the same binary', { timeout: 120_000 }, async () => {
    const service = new ToolchainService(nodeAssets());
    const compiles: string[][] = [];
    const runTool = (service as unknown as { runTool: (tool: string, args: string[]) => Promise<unknown> }).runTool;
    Object.assign(service, {
      runTool(this: ToolchainService, tool: string, args: string[], ...rest: unknown[]) {
        if (tool === 'compile') compiles.push(args);
        return (runTool as (...a: unknown[]) => Promise<unknown>).call(this, tool, args, ...rest);
      },
    });
    const first = await service.build('test', calc('a + b'));
    expect(first.ok).toBe(true);
    expect(compiles).toHaveLength(2); // the package with its tests, then the test main

    const again = await service.build('test', calc('a + b'));
    expect(compiles).toHaveLength(2);
    if (!first.ok || !again.ok) throw new Error('build failed');
    expect(again.wasm).toEqual(first.wasm);

    // An edit recompiles the package, and the test main that imports it.
    const edited = await service.build('test', calc('b + a'));
    expect(edited.ok).toBe(true);
    expect(compiles).toHaveLength(4);

    // A compile error is never cached: the same broken code fails again, from the compiler.
    const broken = await service.build('test', calc('a +'));
    const brokenAgain = await service.build('test', calc('a +'));
    expect(broken.ok).toBe(false);
    expect(brokenAgain).toEqual(broken.ok ? undefined : { ...broken, compileMs: expect.any(Number) });
    expect(compiles).toHaveLength(6);
  });

  it('links an unchanged program once', { timeout: 120_000 }, async () => {
    const { service, tools } = recordingService();
    const first = await service.build('test', calc('a * 1 + b'));
    const again = await service.build('test', calc('a * 1 + b'));
    if (!first.ok || !again.ok) throw new Error('build failed');
    expect(tools).toEqual(['compile', 'compile', 'link']);
    expect(again.wasm).toEqual(first.wasm);
    // The reply's binary is a copy: transferring it away leaves the cache whole.
    first.wasm.fill(0);
    const third = await service.build('test', calc('a * 1 + b'));
    if (!third.ok) throw new Error('build failed');
    expect(third.wasm).toEqual(again.wasm);
  });

  it(
    'keeps builds in the persistent store: a new page builds unchanged code without a tool',
    { timeout: 120_000 },
    async () => {
      const kept = new Map<string, Uint8Array>();
      const store: BuildStore = {
        get: (key) => Promise.resolve(kept.get(key)?.slice()),
        put: (key, bytes) => {
          kept.set(key, bytes.slice());
          return Promise.resolve();
        },
      };
      const page1 = recordingService(store);
      const first = await page1.service.build('test', calc('a + b + 0'));
      if (!first.ok) throw new Error('build failed');
      expect(page1.tools).toEqual(['compile', 'compile', 'link']);
      await new Promise((r) => setTimeout(r, 0)); // the puts are not awaited by the build
      expect([...kept.keys()].map((k) => k.split('/')[0]).sort()).toEqual(['compile', 'compile', 'link']);

      const page2 = recordingService(store);
      const second = await page2.service.build('test', calc('a + b + 0'));
      if (!second.ok) throw new Error('build failed');
      expect(page2.tools).toEqual([]);
      expect(second.wasm).toEqual(first.wasm);

      // A damaged entry is a miss, never a broken program: the link runs again.
      const linkEntry = [...kept.keys()].find((k) => k.startsWith('link/')) ?? '';
      kept.set(linkEntry, new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]));
      const page3 = recordingService(store);
      const third = await page3.service.build('test', calc('a + b + 0'));
      if (!third.ok) throw new Error('build failed');
      expect(page3.tools).toEqual(['link']);
      expect(third.wasm).toEqual(first.wasm);

      // An edit compiles the package and the test main again, and links again.
      const edited = await page3.service.build('test', calc('b + a + 0'));
      expect(edited.ok).toBe(true);
      expect(page3.tools).toEqual(['link', 'compile', 'compile', 'link']);
    },
  );
});
