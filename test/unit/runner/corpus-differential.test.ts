/**
 * The runner's seed-corpus reader (src/runner/build/testdeps/corpus.go, in the
 * lean testdeps every test binary in the page links) must read "go test fuzz
 * v1" files exactly like internal/fuzz. This builds both side by side with the
 * installed Go and compares them on the inputs in fixtures/corpus-diff.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { goToolchain } from '../../runner/reference-go.mjs';

const run = promisify(execFile);
const go = goToolchain();
if (!go) console.log('skipped: go not found (corpus reader against internal/fuzz)');

const here = new URL('.', import.meta.url);
const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

/** A module with internal/fuzz's encoding.go as package ref and our reader as package ours. */
async function module(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'corpus-diff-'));
  dirs.push(dir);
  await mkdir(join(dir, 'ref'));
  await mkdir(join(dir, 'ours'));
  await writeFile(join(dir, 'go.mod'), 'module diff\n\ngo 1.26\n');
  const encoding = await readFile(join(go?.goroot ?? '', 'src/internal/fuzz/encoding.go'), 'utf8');
  await writeFile(join(dir, 'ref/encoding.go'), encoding.replace(/^package fuzz$/m, 'package ref'));
  await writeFile(
    join(dir, 'ref/export.go'),
    'package ref\n\nfunc Unmarshal(b []byte) ([]any, error) { return unmarshalCorpusFile(b) }\n\nfunc Marshal(vals ...any) []byte { return marshalCorpusFile(vals...) }\n',
  );
  const corpus = await readFile(new URL('../../../src/runner/build/testdeps/corpus.go', import.meta.url), 'utf8');
  await writeFile(join(dir, 'ours/corpus.go'), corpus.replace(/^package testdeps$/m, 'package ours'));
  await writeFile(
    join(dir, 'ours/export.go'),
    'package ours\n\ntype corpusEntry = struct {\n\tParent     string\n\tPath       string\n\tData       []byte\n\tValues     []any\n\tGeneration int\n\tIsSeed     bool\n}\n\nfunc Unmarshal(b []byte) ([]any, error) { return unmarshalCorpusFile(b) }\n',
  );
  await copyFile(new URL('fixtures/corpus-diff/diff_test.go', here), join(dir, 'diff_test.go'));
  return dir;
}

describe.skipIf(!go)('the seed corpus reader of the lean testdeps', () => {
  it('reads every line like internal/fuzz (values, and errors with their messages)', { timeout: 180_000 }, async () => {
    const dir = await module();
    const env = { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '', GOWORK: 'off' };
    const r = await run('go', ['test', '-count=1', '-run', 'TestSeeds|FuzzSame|FuzzRoundTrip', '.'], {
      cwd: dir,
      env,
    }).catch((err: { stdout?: string; stderr?: string }) => ({ stdout: err.stdout ?? '', stderr: err.stderr ?? '' }));
    expect(`${r.stdout}${r.stderr}`).toMatch(/^ok\s+diff/m);
  });
});
