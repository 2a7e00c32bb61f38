import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** The repository root. */
export const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Bundles a TypeScript entry of src/ with esbuild and imports it. Modules of
 * the site use extensionless imports and astro/zod, which plain Node cannot
 * load; bundling takes well under a second. The bundle sits inside
 * node_modules so its package imports resolve from this repository, and is
 * removed again once imported.
 * @param {string} entry path relative to the repository root, e.g. "src/stackblitz/exercise-cli.ts"
 */
export async function importBundled(entry) {
  const cacheDir = join(root, 'node_modules', '.cache', 'go-mastery');
  const name = entry.replace(/[^a-z0-9]+/gi, '-');
  const bundle = join(cacheDir, `${name}-${process.pid}.mjs`);
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(bundle, result.outputFiles[0].text);
  try {
    return await import(pathToFileURL(bundle).href);
  } finally {
    rmSync(bundle, { force: true });
  }
}
