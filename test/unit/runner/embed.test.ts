import { describe, expect, it } from 'vitest';
import { embedConfig, fileTree, isBadEmbedName, pathMatch, resolveEmbed } from '../../../src/runner/build/embed.ts';
import { scanGoFile } from '../../../src/runner/build/gosource.ts';

const tree = fileTree([
  'main.go',
  'hello.txt',
  'static/index.html',
  'static/.env',
  'static/_draft.html',
  'static/css/site.css',
  'static/.cache/blob',
  'hidden/.only',
  'nested/go.mod',
  'nested/data.txt',
  'pkg/sub/file.txt',
  'bad/CON.txt',
]);

describe('pathMatch (path.Match)', () => {
  it('matches *, ?, classes and escapes within one path element', () => {
    expect(pathMatch('*.html', 'index.html')).toBe(true);
    expect(pathMatch('*.html', 'a/b.html')).toBe(false);
    expect(pathMatch('?at', 'cat')).toBe(true);
    expect(pathMatch('[a-c]at', 'bat')).toBe(true);
    expect(pathMatch('[^a-c]at', 'bat')).toBe(false);
    expect(pathMatch('\\*', '*')).toBe(true);
    expect(pathMatch('*', '.env')).toBe(true);
  });

  it('throws for malformed patterns even when nothing matches', () => {
    expect(() => pathMatch('a[', '')).toThrow();
    expect(() => pathMatch('[]', '')).toThrow();
    expect(() => pathMatch('x*[', 'y')).toThrow();
    expect(() => pathMatch('a\\', 'a')).toThrow();
  });
});

describe('resolveEmbed', () => {
  it('embeds a directory recursively without hidden files, and with them under all:', () => {
    const plain = resolveEmbed(tree, '', ['static']);
    expect(plain).toEqual({
      ok: true,
      files: ['static/css/site.css', 'static/index.html'],
      patterns: { static: ['static/css/site.css', 'static/index.html'] },
    });
    const all = resolveEmbed(tree, '', ['all:static']);
    expect(all.ok && all.files).toEqual([
      'static/.cache/blob',
      'static/.env',
      'static/_draft.html',
      'static/css/site.css',
      'static/index.html',
    ]);
  });

  it('lets a glob name hidden files explicitly', () => {
    const r = resolveEmbed(tree, '', ['static/*.html', 'static/.e*']);
    expect(r.ok && r.patterns).toEqual({
      'static/*.html': ['static/_draft.html', 'static/index.html'],
      'static/.e*': ['static/.env'],
    });
  });

  it('resolves relative to the package directory', () => {
    const r = resolveEmbed(tree, 'pkg', ['sub']);
    expect(r.ok && r.files).toEqual(['sub/file.txt']);
  });

  it('words each problem as go does', () => {
    const problem = (patterns: string[]) => {
      const r = resolveEmbed(tree, '', patterns);
      return r.ok ? null : `pattern ${r.pattern}: ${r.message}`;
    };
    expect(problem(['missing.txt'])).toBe('pattern missing.txt: no matching files found');
    expect(problem(['../x'])).toBe('pattern ../x: invalid pattern syntax');
    expect(problem(['.'])).toBe('pattern .: invalid pattern syntax');
    expect(problem(['a['])).toBe('pattern a[: invalid pattern syntax');
    expect(problem(['hidden'])).toBe('pattern hidden: cannot embed directory hidden: contains no embeddable files');
    expect(problem(['nested/data.txt'])).toBe(
      'pattern nested/data.txt: cannot embed file nested/data.txt: in different module',
    );
    expect(problem(['static/*', 'bad'])).toBe('pattern bad: cannot embed file bad/CON.txt: invalid name CON.txt');
  });

  it('refuses names that cannot be in a module', () => {
    expect(isBadEmbedName('.git')).toBe(true);
    expect(isBadEmbedName('a"b')).toBe(true);
    expect(isBadEmbedName('trailing.')).toBe(true);
    expect(isBadEmbedName('nul.txt')).toBe(true);
    expect(isBadEmbedName('.env')).toBe(false);
    expect(isBadEmbedName('héllo wörld.txt')).toBe(false);
  });
});

describe('embedConfig', () => {
  it('writes the -embedcfg JSON go writes, with absolute file paths', () => {
    const r = embedConfig(tree, '', '/src', [{ pattern: 'hello.txt', file: 'main.go', line: 5, column: 12 }]);
    expect(r).toEqual({
      ok: true,
      config: { Patterns: { 'hello.txt': ['hello.txt'] }, Files: { 'hello.txt': '/src/hello.txt' } },
    });
  });

  it('reports the first failing pattern (in sorted order) at its first position', () => {
    const r = embedConfig(tree, '', '/src', [
      { pattern: 'zzz', file: 'a.go', line: 3, column: 12 },
      { pattern: 'missing', file: 'a.go', line: 9, column: 12 },
      { pattern: 'missing', file: 'b.go', line: 4, column: 14 },
    ]);
    expect(r).toEqual({
      ok: false,
      diagnostic: { file: 'a.go', line: 9, column: 12, message: 'pattern missing: no matching files found' },
    });
  });

  it('has nothing to write for a package without patterns', () => {
    expect(embedConfig(tree, '', '/src', [])).toEqual({ ok: true, config: null });
  });
});

describe('scanGoFile embeds', () => {
  it('reads //go:embed patterns with their byte columns, quoted ones unquoted', () => {
    const src = [
      'package main',
      '',
      'import "embed"',
      '',
      '//go:embed   a.txt "with space.txt" `raw`',
      'var f embed.FS',
      '',
      '/* é */ //go:embed b.txt',
      'var g string',
    ].join('\n');
    expect(scanGoFile(src).embeds).toEqual([
      { pattern: 'a.txt', line: 5, column: 14 },
      { pattern: 'with space.txt', line: 5, column: 20 },
      { pattern: 'raw', line: 5, column: 37 },
      { pattern: 'b.txt', line: 8, column: 21 },
    ]);
  });

  it('ignores //go:embed without import "embed", other directives and malformed quotes', () => {
    expect(scanGoFile('package main\n\n//go:embed a.txt\nvar s string\n').embeds).toEqual([]);
    const src = 'package main\n\nimport _ "embed"\n\n//go:embedded x\n//go:embed "open\nvar s string\n';
    expect(scanGoFile(src).embeds).toEqual([]);
  });
});
