import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ToolchainManifest } from '../../../src/runner/manifest.ts';
import { learnerFileName, planBuild } from '../../../src/runner/build/plan.ts';

// A manifest shaped like the real one, reduced to the packages these tests touch.
const pkg = (imports: string[]) => ({ file: '', bytes: 0, gzipBytes: 0, sha256: '', imports });
const manifest: ToolchainManifest = {
  formatVersion: 1,
  goVersion: 'go1.26.8',
  lang: 'go1.26',
  goos: 'js',
  goarch: 'wasm',
  trimmedBackends: true,
  tools: { compile: pkg([]), link: pkg([]), gofmt: pkg([]) },
  builtin: ['unsafe'],
  wasmExec: { file: 'wasm_exec.js', bytes: 0, sha256: '' },
  packages: {
    runtime: pkg([]),
    fmt: pkg(['os', 'runtime']),
    os: pkg(['runtime', 'internal/testlog']),
    'internal/testlog': pkg([]),
    testing: pkg(['fmt', 'os', 'regexp']),
    regexp: pkg([]),
    reflect: pkg([]),
    io: pkg([]),
    time: pkg([]),
    strings: pkg([]),
    embed: pkg([]),
  },
};

const hello = { 'main.go': 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hi") }\n' };

describe('planBuild for a program', () => {
  it('compiles package main as "main" with the std closure in its importcfg and links it', () => {
    const r = planBuild(hello, manifest, 'run');
    if (!r.ok) throw new Error(r.message);
    const [step] = r.plan.compiles;
    expect(r.plan.compiles).toHaveLength(1);
    expect(step).toMatchObject({
      importPath: 'main',
      dir: '/src',
      files: ['./main.go'],
      lang: 'go1.26',
      trimpath: '/src=>example.com/main',
    });
    expect(step?.importcfg).toContain('packagefile fmt=/go/pkg/fmt.a\n');
    expect(r.plan.std).toEqual(['fmt', 'internal/testlog', 'os', 'runtime']);
    expect(r.plan.link).toMatchObject({ mainArchive: step?.output, testBinary: false });
    expect(r.plan.link.importcfg).toContain('modinfo "');
    expect(r.plan.sources['/src/main.go']).toBe(hello['main.go']);
  });

  it('uses the go directive of go.mod as -lang and its module path', () => {
    const r = planBuild({ ...hello, 'go.mod': 'module example.com/hi\n\ngo 1.22\n' }, manifest, 'run');
    expect(r.ok && r.plan.compiles[0]).toMatchObject({ lang: 'go1.22', trimpath: '/src=>example.com/hi' });
  });

  it('refuses a go.mod that needs a newer Go than the toolchain', () => {
    const r = planBuild({ ...hello, 'go.mod': 'module m\n\ngo 1.99\n' }, manifest, 'run');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/requires go >= 1\.99/);
  });

  it('reports every import that is not available, at the import position', () => {
    const r = planBuild(
      { 'main.go': 'package main\n\nimport (\n\t"fmt"\n\t"github.com/x/y"\n\t"net/smtp"\n)\n\nfunc main() {}\n' },
      manifest,
      'run',
    );
    expect(r.ok).toBe(false);
    expect(!r.ok && r.diagnostics.map((d) => [d.file, d.line, d.column])).toEqual([
      ['main.go', 5, 2],
      ['main.go', 6, 2],
    ]);
  });

  it('refuses to run a package that is not main', () => {
    const r = planBuild({ 'lib.go': 'package lib\n' }, manifest, 'run');
    expect(!r.ok && r.message).toMatch(/not a main package/);
  });

  it('skips test files, files for other platforms, files excluded by //go:build and files starting with _', () => {
    const r = planBuild(
      {
        ...hello,
        'main_test.go': 'package main\n',
        'os_linux.go': 'package main\n',
        'ignored.go': '//go:build ignore\n\npackage main\n',
        '_draft.go': 'package main\n',
        'wasm_js.go': 'package main\n',
      },
      manifest,
      'run',
    );
    expect(r.ok && r.plan.compiles[0]?.files).toEqual(['./main.go', './wasm_js.go']);
  });

  it('reports files that disagree about the package name', () => {
    const r = planBuild({ ...hello, 'other.go': 'package other\n' }, manifest, 'run');
    expect(!r.ok && r.diagnostics[0]).toMatchObject({
      file: 'other.go',
      line: 1,
      message: expect.stringMatching(/found packages main and other/),
    });
  });

  it('compiles local packages in dependency order, skipping (and not checking) directories nothing imports', () => {
    const files = {
      'go.mod': 'module example.com/app\n\ngo 1.26\n',
      'main.go': 'package main\n\nimport "example.com/app/internal/store"\n\nfunc main() { store.Open() }\n',
      'internal/store/store.go':
        'package store\n\nimport "example.com/app/internal/model"\n\nfunc Open() { model.New() }\n',
      'internal/model/model.go': 'package model\n\nfunc New() {}\n',
      'tools/broken/broken.go': 'package broken\n\nimport "nope/nope"\n',
      'tools/broken/other.go': 'package other\n',
    };
    const r = planBuild(files, manifest, 'run');
    if (!r.ok) throw new Error(r.message);
    expect(r.plan.compiles.map((s) => [s.importPath, s.dir])).toEqual([
      ['example.com/app/internal/model', '/src/internal/model'],
      ['example.com/app/internal/store', '/src/internal/store'],
      ['main', '/src'],
    ]);
    expect(r.plan.compiles[1]?.importcfg).toContain('packagefile example.com/app/internal/model=/build/b1/_pkg_.a\n');
    expect(r.plan.link.importcfg).toContain('packagefile example.com/app/internal/store=');
  });

  it('reports an import cycle between local packages', () => {
    const files = {
      'go.mod': 'module m\n',
      'main.go': 'package main\n\nimport "m/a"\n\nfunc main() { a.A() }\n',
      'a/a.go': 'package a\n\nimport "m/b"\n\nfunc A() { b.B() }\n',
      'b/b.go': 'package b\n\nimport "m/a"\n\nfunc B() { a.A() }\n',
    };
    const r = planBuild(files, manifest, 'run');
    expect(!r.ok && r.diagnostics[0]).toMatchObject({
      file: 'b/b.go',
      line: 3,
      message: 'import cycle not allowed: m/a -> m/b -> m/a',
    });
  });
});

describe('planBuild for tests', () => {
  const files = {
    'shapes.go': 'package shapes\n\nfunc Area() int { return 1 }\n',
    'shapes_test.go': 'package shapes\n\nimport "testing"\n\nfunc TestArea(t *testing.T) {}\n',
    'x_test.go':
      'package shapes_test\n\nimport (\n\t"testing"\n\t"example.com/shapes"\n)\n\nfunc TestX(t *testing.T) { shapes.Area() }\n',
  };

  it('compiles the package with its tests, then the external tests, then a generated test main', () => {
    const r = planBuild(files, manifest, 'test');
    if (!r.ok) throw new Error(r.message);
    expect(r.plan.compiles.map((s) => [s.importPath, s.files])).toEqual([
      ['example.com/shapes', ['./shapes.go', './shapes_test.go']],
      ['example.com/shapes_test', ['./x_test.go']],
      ['main', ['./_testmain.go']],
    ]);
    expect(r.plan.compiles[1]?.importcfg).toContain('packagefile example.com/shapes=/build/b1/_pkg_.a\n');
    expect(r.plan.sources['/build/testmain/_testmain.go']).toContain('{"TestX", _xtest.TestX}');
    expect(r.plan.link.testBinary).toBe(true);
  });

  it('refuses to build tests with a wrong signature', () => {
    const r = planBuild(
      { ...files, 'bad_test.go': 'package shapes\n\nimport "testing"\n\nfunc TestBad() {}\n' },
      manifest,
      'test',
    );
    expect(!r.ok && r.diagnostics[0]?.file).toBe('bad_test.go');
  });
});

describe('learnerFileName', () => {
  it('maps compiler paths (relative to the package directory or absolute) to the learner file names', () => {
    expect(learnerFileName('./main.go', '/src')).toBe('main.go');
    expect(learnerFileName('./store.go', '/src/internal/store')).toBe('internal/store/store.go');
    expect(learnerFileName('/src/a/b.go', '/src')).toBe('a/b.go');
    expect(learnerFileName('./_testmain.go', '/build/testmain')).toBe('_testmain.go');
  });
});

describe('planBuild with //go:embed', () => {
  const embedding = {
    'main.go': 'package main\n\nimport _ "embed"\n\n//go:embed static/*.txt\nvar s string\n\nfunc main() {}\n',
    'static/a.txt': 'A',
    'static/b.txt': 'B',
  };

  it('passes -embedcfg naming the matched files, which are written into the file system', () => {
    const r = planBuild(embedding, manifest, 'run');
    if (!r.ok) throw new Error(r.message);
    const [step] = r.plan.compiles;
    expect(step?.embed?.path).toBe('/build/b1/embedcfg');
    expect(JSON.parse(step?.embed?.text ?? '')).toEqual({
      Patterns: { 'static/*.txt': ['static/a.txt', 'static/b.txt'] },
      Files: { 'static/a.txt': '/src/static/a.txt', 'static/b.txt': '/src/static/b.txt' },
    });
    expect(r.plan.sources['/src/static/b.txt']).toBe('B');
  });

  it('reports a pattern that matches nothing at its position', () => {
    const r = planBuild({ 'main.go': embedding['main.go'] }, manifest, 'run');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.diagnostics).toEqual([
        { file: 'main.go', line: 5, column: 12, message: 'pattern static/*.txt: no matching files found' },
      ]);
    }
  });

  it('adds no -embedcfg to a package without patterns', () => {
    const r = planBuild(hello, manifest, 'run');
    expect(r.ok && r.plan.compiles[0]?.embed).toBeUndefined();
  });
});

describe('the real manifest', () => {
  it('lists every package archive with direct imports that are themselves in the manifest', () => {
    let real: ToolchainManifest;
    try {
      real = JSON.parse(
        readFileSync(new URL('../../../public/go/manifest.json', import.meta.url), 'utf8'),
      ) as ToolchainManifest;
    } catch {
      return; // not built here; build:toolchain's own check covers it
    }
    for (const [path, entry] of Object.entries(real.packages)) {
      for (const dep of entry.imports) expect(real.packages[dep], `${path} imports ${dep}`).toBeDefined();
    }
  });

  it('downloads a package only for programs that import it', () => {
    let real: ToolchainManifest;
    try {
      real = JSON.parse(
        readFileSync(new URL('../../../public/go/manifest.json', import.meta.url), 'utf8'),
      ) as ToolchainManifest;
    } catch {
      return;
    }
    const std = (files: Record<string, string>) => {
      const r = planBuild(files, real, 'run');
      if (!r.ok) throw new Error(r.message);
      return r.plan.std;
    };
    const plain = std(hello);
    const withTypes = std({
      'main.go': 'package main\n\nimport (\n\t"fmt"\n\t"go/types"\n)\n\nfunc main() { fmt.Println(types.Typ) }\n',
    });
    for (const p of ['go/types', 'go/ast', 'embed', 'image/png', 'encoding/gob']) expect(plain).not.toContain(p);
    expect(withTypes).toContain('go/types');
    expect(withTypes).toContain('go/ast');
    expect(withTypes).not.toContain('image/png');
  });
});
