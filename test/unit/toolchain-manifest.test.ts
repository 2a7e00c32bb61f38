import { describe, expect, it } from 'vitest';
import { diffManifests } from '../../scripts/toolchain/manifest.mjs';

const base = {
  goVersion: 'go1.26.8',
  lang: 'go1.26',
  goos: 'js',
  goarch: 'wasm',
  trimmedBackends: true,
  tools: {},
  packages: {},
  wasmExec: { sha256: 'x' },
};

describe('diffManifests', () => {
  it('ignores the order in which modules are listed', () => {
    const a = { ...base, modules: { 'example.com/a': 'v1.0.0', 'example.com/b': 'v2.0.0' } };
    const b = { ...base, modules: { 'example.com/b': 'v2.0.0', 'example.com/a': 'v1.0.0' } };
    expect(diffManifests(a, b)).toEqual([]);
  });

  it('reports a module whose version changed', () => {
    const a = { ...base, modules: { 'example.com/a': 'v1.0.0' } };
    const b = { ...base, modules: { 'example.com/a': 'v1.1.0' } };
    expect(diffManifests(a, b)).toHaveLength(1);
    expect(diffManifests(a, b)[0]).toMatch(/^modules:/);
  });

  it('reports a module that is missing from the rebuild', () => {
    const a = { ...base, modules: { 'example.com/a': 'v1.0.0', 'example.com/b': 'v2.0.0' } };
    const b = { ...base, modules: { 'example.com/a': 'v1.0.0' } };
    expect(diffManifests(a, b)).toHaveLength(1);
  });
});
