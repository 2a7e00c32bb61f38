import { describe, expect, it } from 'vitest';
import { inferModulePath, parseGoMod } from '../../../src/runner/build/gomod.ts';

describe('parseGoMod', () => {
  it('reads the module path and turns the go directive into a -lang value', () => {
    expect(parseGoMod('// comment\nmodule example.com/shop\n\ngo 1.22.3\n\nrequire x v1.0.0\n')).toEqual({
      modulePath: 'example.com/shop',
      lang: 'go1.22',
    });
  });

  it('returns nulls for what the file does not say', () => {
    expect(parseGoMod('')).toEqual({ modulePath: null, lang: null });
  });
});

describe('inferModulePath', () => {
  const std = (p: string) => ['fmt', 'testing'].includes(p);

  it('uses the go.mod module path when there is one', () => {
    expect(inferModulePath({ modulePath: 'example.com/x', lang: null }, 'shapes', [], std)).toBe('example.com/x');
  });

  it('takes the path an external test imports for the package under test', () => {
    expect(inferModulePath(null, 'shapes', ['fmt', 'testing', 'github.com/me/shapes'], std)).toBe(
      'github.com/me/shapes',
    );
  });

  it('falls back to example.com/<package name>', () => {
    expect(inferModulePath(null, 'shapes', ['fmt'], std)).toBe('example.com/shapes');
  });
});
