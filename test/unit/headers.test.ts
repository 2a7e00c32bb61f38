import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goAssetHeaders } from '../../scripts/go-asset-headers.mjs';

describe('headers for the in-browser toolchain', () => {
  it('are the same in public/_headers as on the dev and preview servers', () => {
    const text = readFileSync('public/_headers', 'utf8');
    const block = text.slice(text.indexOf('/go/*'));
    for (const [name, value] of Object.entries(goAssetHeaders)) {
      expect(block).toContain(`${name}: ${value}`);
    }
  });
});
