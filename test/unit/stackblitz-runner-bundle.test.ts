import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildRunnerBundle, RUNNER_OUT_DIR } from '../../scripts/build-runner-bundle.mjs';
import { goAssetHeaders, needsGoAssetHeaders } from '../../scripts/go-asset-headers.mjs';
import { RUNNER_FILES } from '../../src/stackblitz/runner-files';

describe('the runner bundle in public/runner', () => {
  it('is what scripts/build-runner-bundle.mjs builds from the current sources', async () => {
    const fresh = await buildRunnerBundle();
    expect(fresh.map(([name]) => name).sort()).toEqual([...RUNNER_FILES].sort());
    expect(readdirSync(RUNNER_OUT_DIR).sort()).toEqual([...RUNNER_FILES].sort());
    for (const [name, text] of fresh) {
      // On failure: run `node scripts/build-runner-bundle.mjs` and commit public/runner.
      expect(readFileSync(`${RUNNER_OUT_DIR}/${name}`, 'utf8') === text, `public/runner/${name} is stale`).toBe(true);
    }
  });

  it('starts its workers from the .mjs files beside it', () => {
    const entry = readFileSync(`${RUNNER_OUT_DIR}/go-runner.mjs`, 'utf8');
    expect(entry).toContain('"./toolchain-worker.mjs"');
    expect(entry).toContain('"./program-worker.mjs"');
    expect(entry).not.toMatch(/worker\.ts["']/);
  });
});

describe('cross-origin headers', () => {
  it('apply to the toolchain and the runner, and to nothing else', () => {
    expect(needsGoAssetHeaders('/go/manifest.json')).toBe(true);
    expect(needsGoAssetHeaders('/runner/go-runner.mjs')).toBe(true);
    expect(needsGoAssetHeaders('/lessons/mental-model-of-go/')).toBe(false);
    expect(needsGoAssetHeaders(undefined)).toBe(false);
  });

  it('are documented for static hosts in public/_headers for /runner/* too', () => {
    const text = readFileSync('public/_headers', 'utf8');
    const block = text.slice(text.indexOf('/runner/*'));
    expect(text).toContain('/runner/*');
    for (const [name, value] of Object.entries(goAssetHeaders)) expect(block).toContain(`${name}: ${value}`);
  });
});
