import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  DIRECT_MODULES,
  INDIRECT_MODULES,
  needsPinnedModules,
  PINNED_GO_SUM,
  pinnedGoMod,
  pinnedModuleOf,
  SHIPPED_PACKAGES,
} from '../../src/lib/go-modules';
import type { ToolchainManifest } from '../../src/runner/manifest';

const root = new URL('../../', import.meta.url);
const read = (rel: string) => readFile(new URL(rel, root), 'utf8');
/** The require lines of a go.mod ("path version"), in order. */
const requires = (goMod: string) => [...goMod.matchAll(/^\t(\S+) (\S+)/gm)].map((m) => `${m[1]} ${m[2]}`);

describe('pinned modules', () => {
  it('finds the module of an import path by the longest module path', () => {
    expect(pinnedModuleOf('github.com/ncruces/go-sqlite3/driver')?.path).toBe('github.com/ncruces/go-sqlite3');
    expect(pinnedModuleOf('github.com/ncruces/go-sqlite3-wasm/v6')?.path).toBe('github.com/ncruces/go-sqlite3-wasm/v6');
    expect(pinnedModuleOf('github.com/ncruces/go-sqlite3x')).toBeUndefined();
    expect(needsPinnedModules(['fmt', 'net/http'])).toBe(false);
    expect(needsPinnedModules(['fmt', 'golang.org/x/sync/errgroup'])).toBe(true);
  });

  it('writes a go.mod that requires every module at its version, with a full go version', () => {
    const goMod = pinnedGoMod('example.com/app', '1.26');
    expect(goMod).toMatch(/^module example\.com\/app\n\ngo 1\.26\.0\n/);
    expect(requires(goMod)).toEqual([...DIRECT_MODULES, ...INDIRECT_MODULES].map((m) => `${m.path} ${m.version}`));
    expect(goMod).toContain(`\t${INDIRECT_MODULES[0]?.path} ${INDIRECT_MODULES[0]?.version} // indirect\n`);
  });

  it('has a go.sum line for the code and the go.mod of every required module', () => {
    for (const m of [...DIRECT_MODULES, ...INDIRECT_MODULES]) {
      expect(PINNED_GO_SUM).toContain(`${m.path} ${m.version} h1:`);
      expect(PINNED_GO_SUM).toContain(`${m.path} ${m.version}/go.mod h1:`);
    }
  });

  it('ships every listed package, at the pinned version, in public/go', async () => {
    const manifest = JSON.parse(await read('public/go/manifest.json')) as ToolchainManifest;
    for (const p of SHIPPED_PACKAGES) expect(manifest.packages[p]?.module, p).toBe(pinnedModuleOf(p)?.path);
    for (const [path, version] of Object.entries(manifest.modules ?? {})) {
      expect(pinnedModuleOf(path)?.version, path).toBe(version);
    }
  });

  it('is what the examples module and the conformance cases require', async () => {
    const goMods = ['content/examples/go.mod'];
    for (const c of await readdir(new URL('test/runner/cases/', root))) {
      const text = await read(`test/runner/cases/${c}/go.mod`).catch(() => '');
      if (text.includes('require')) goMods.push(`test/runner/cases/${c}/go.mod`);
    }
    const want = requires(pinnedGoMod('m', '1.26'));
    for (const f of goMods) {
      expect(requires(await read(f)), f).toEqual(want);
      expect(await read(f.replace(/go\.mod$/, 'go.sum')), f).toBe(PINNED_GO_SUM);
    }
  });
});
