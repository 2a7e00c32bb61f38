import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Lints in-memory files as if they lived at the given paths, with the real
// project config, to prove each architecture boundary actually fails the lint.
async function lintAs(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint();
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('architecture boundaries', () => {
  it('fails when src/lib imports React', async () => {
    const messages = await lintAs(
      'src/lib/boundary-probe.ts',
      "import { useState } from 'react';\nexport const x = useState;\n",
    );
    expect(messages.join('\n')).toMatch(/no-restricted-imports: .*src\/lib is framework-free: no React/);
  });

  it('fails when src/lib imports an astro: module', async () => {
    const messages = await lintAs(
      'src/lib/boundary-probe.ts',
      "import { getCollection } from 'astro:content';\nexport const x = getCollection;\n",
    );
    expect(messages.join('\n')).toMatch(/no astro:\* modules here/);
  });

  it('fails when a component imports Dexie outside src/db', async () => {
    const messages = await lintAs(
      'src/islands/BoundaryProbe.tsx',
      "import Dexie from 'dexie';\nexport const x = Dexie;\n",
    );
    expect(messages.join('\n')).toMatch(/Only src\/db imports Dexie/);
  });

  it('fails when a page imports the runner', async () => {
    const messages = await lintAs(
      'src/pages/boundary-probe.ts',
      "import { x } from '../runner/types';\nexport const y = x;\n",
    );
    expect(messages.join('\n')).toMatch(/Pages and layouts never import db or runner/);
  });

  it('allows src/db to import Dexie', async () => {
    const messages = await lintAs('src/db/boundary-probe.ts', "import Dexie from 'dexie';\nexport const x = Dexie;\n");
    expect(messages.filter((m) => m.includes('no-restricted-imports'))).toEqual([]);
  });

  it('lets src/lib import runner types but not runner code', async () => {
    const typeOnly = await lintAs(
      'src/lib/boundary-probe.ts',
      "import type { RunResult } from '../runner/types';\nexport type X = RunResult;\n",
    );
    expect(typeOnly.filter((m) => m.includes('no-restricted-imports'))).toEqual([]);
    const code = await lintAs(
      'src/lib/boundary-probe.ts',
      "import { createNodeEngine } from '../runner/index.ts';\nexport const x = createNodeEngine;\n",
    );
    expect(code.join('\n')).toMatch(/src\/lib must not depend on the app layers/);
  });
});
