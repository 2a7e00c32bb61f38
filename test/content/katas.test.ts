import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listKataFolders, readKataFolder } from '../../src/data/exercise-files';
import { kataPackage } from '../../src/lib/kata-package';
import { componentProps } from '../../src/lib/lesson-bar';
import { kataSchema, type Kata } from '../../src/lib/schema/kata';
import { createNativeEngine, createNodeEngine } from '../../src/runner/node/index.ts';
import type { GoEngine } from '../../src/runner/types';
import { go, hasGo } from '../../scripts/lib/go.mjs';

// Every review kata: the folder validates, the reviewed and the fixed code
// compile and pass go vet, and each finding the key marks as provable is
// proven: its test fails on the reviewed code and every test passes on the fix.
const katas: Kata[] = listKataFolders('exercises').map((slug) => {
  const result = kataSchema.safeParse(readKataFolder(join('exercises', slug)));
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`exercises/${slug} is invalid: ${issues}`);
  }
  return result.data;
});

const goAvailable = hasGo();
if (!goAvailable) console.log('skipped: go not found (katas are proven on the wasm engine, without go vet)');
let engine: GoEngine | undefined;
const getEngine = () => (engine ??= goAvailable ? createNativeEngine() : createNodeEngine());
afterAll(async () => {
  await engine?.dispose();
});

const lessons = readdirSync('content/lessons')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => readFileSync(join('content/lessons', f), 'utf8'));

describe('review katas', () => {
  it('exist', () => {
    expect(katas.length).toBeGreaterThan(0);
  });

  it('are each embedded in the lesson of their part, when it is published', () => {
    for (const kata of katas) {
      const lesson = lessons.find((l) => new RegExp(`^part: ${kata.meta.part}$`, 'm').test(l));
      if (!lesson) continue;
      const embedded = componentProps(lesson, 'ReviewKata').map((p) => p['slug']);
      expect(embedded, `part ${kata.meta.part} does not embed ${kata.meta.slug}`).toContain(kata.meta.slug);
    }
  });

  it('are the only katas lessons embed', () => {
    const slugs = new Set(katas.map((k) => k.meta.slug));
    for (const lesson of lessons) {
      for (const { slug } of componentProps(lesson, 'ReviewKata')) expect(slugs, `<ReviewKata slug="${slug}">`).toContain(slug);
    }
  });
});

describe.each(katas)('kata $meta.slug', (kata) => {
  const provable = kata.key.findings.filter((f) => f.test !== undefined);

  it('fails the tests of every provable finding on the reviewed code', async () => {
    const result = await getEngine().runTests(kataPackage(kata, 'review'), { timeoutMs: 30_000 });
    expect(['failed', 'panic'], `${result.status}\n${result.stderr}`).toContain(result.status);
    const failing = new Set(result.tests.filter((t) => t.status === 'fail').map((t) => t.name));
    for (const f of provable) expect(failing, `${f.test} should fail on review/ (finding ${f.id})`).toContain(f.test);
  });

  it('passes every test on the fixed code', async () => {
    const result = await getEngine().runTests(kataPackage(kata, 'fixed'), { timeoutMs: 30_000 });
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe('ok');
  });

  it.skipIf(!goAvailable)('compiles and passes go vet, reviewed and fixed', () => {
    for (const variant of ['review', 'fixed'] as const) {
      const dir = mkdtempSync(join(tmpdir(), `gm-kata-${kata.meta.slug}-`));
      try {
        for (const [name, text] of Object.entries(kataPackage(kata, variant))) writeFileSync(join(dir, name), text);
        const vet = go(['vet', './...'], { cwd: dir });
        expect(vet.output, `${variant}/: go vet`).toBe('');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });
});
