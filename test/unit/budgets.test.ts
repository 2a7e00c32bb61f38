import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBudgets, eagerJs } from '../../scripts/lib/budgets.mjs';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'gm-budget-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

// Random text does not compress, so its gzip size is close to its raw size.
const incompressible = (n: number) => Array.from({ length: n }, () => Math.random().toString(36).slice(2, 3)).join('');

describe('page budgets', () => {
  it('follows static imports of module scripts', () => {
    const dir = site({ '_astro/a.js': 'import "./b.js"; export const a = 1;', '_astro/b.js': 'export const b = 2;' });
    const parts = eagerJs('<script type="module" src="/_astro/a.js"></script>', dir);
    expect(parts.map((p) => p.source)).toEqual(['/_astro/a.js', '/_astro/b.js']);
  });

  it('does not count an island hydrated only when visible', () => {
    const dir = site({ '_astro/island.js': incompressible(30_000) });
    const html = '<astro-island client="visible" component-url="/_astro/island.js"></astro-island>';
    expect(eagerJs(html, dir)).toEqual([]);
  });

  it('fails a lesson page that loads too much JavaScript up front', () => {
    const dir = site({
      'lessons/x/index.html': '<script type="module" src="/_astro/big.js"></script>',
      '_astro/big.js': incompressible(60_000),
    });
    expect(checkBudgets(dir).violations[0]).toMatch(
      /^\/lessons\/x\/: \d+ bytes of JavaScript \(gzip\) before any island is used/,
    );
  });

  it('fails any page whose HTML is over 150 kB', () => {
    const dir = site({ 'index.html': `<p>${'x'.repeat(160 * 1024)}</p>` });
    expect(checkBudgets(dir).violations).toEqual([`/: HTML is ${160 * 1024 + 7} bytes, budget ${150 * 1024}`]);
  });

  it('passes a small page', () => {
    const dir = site({ 'lessons/y/index.html': '<script>document.documentElement.dataset.theme="dark"</script>' });
    expect(checkBudgets(dir).violations).toEqual([]);
  });
});
