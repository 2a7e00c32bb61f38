import { describe, expect, it } from 'vitest';
import { archivePath, goQuote, importcfg, modinfo } from '../../../src/runner/build/importcfg.ts';

describe('importcfg', () => {
  it('writes one packagefile line per package, sorted by import path', () => {
    expect(importcfg({ os: '/go/pkg/os.a', fmt: archivePath('fmt') })).toBe(
      '# import config\npackagefile fmt=/go/pkg/fmt.a\npackagefile os=/go/pkg/os.a\n',
    );
  });

  it('appends modinfo quoted so that Go reads back the same bytes', () => {
    const text = importcfg({}, '\x30\xaf"x"\n');
    expect(text).toBe('# import config\nmodinfo "0\\xaf\\"x\\"\\n"\n');
  });
});

describe('modinfo', () => {
  it('wraps the build info in the 16-byte sentinels runtime/debug strips', () => {
    const info = modinfo({ mainPath: 'example.com/hello', modulePath: 'example.com/hello' });
    expect(info.length).toBeGreaterThan(32);
    expect(info.slice(16, -16)).toContain('path\texample.com/hello\nmod\texample.com/hello\t(devel)\t\n');
    expect(info.charCodeAt(2)).toBe(0xaf);
    expect(info.charCodeAt(info.length - 1)).toBe(0xf2);
  });
});

describe('goQuote', () => {
  it('escapes control and high bytes as \\x and leaves printable ASCII alone', () => {
    expect(goQuote('a\tb\x07\xff')).toBe('"a\\tb\\x07\\xff"');
  });
});
