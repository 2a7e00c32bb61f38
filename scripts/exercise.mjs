#!/usr/bin/env node
// `npm run exercise -- <slug> [--out <dir>] [--force]`: writes an exercise's
// grading project to a folder. Thin wrapper around src/stackblitz/exercise-cli.ts.
// That module shares the content code of the site, whose imports need a bundler
// (extensionless paths, astro/zod), so esbuild bundles it first (well under a second).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
// Inside node_modules, so the bundle's package imports (yaml, astro/zod) resolve from this repository.
const cacheDir = join(root, 'node_modules', '.cache', 'go-mastery');
const bundle = join(cacheDir, `exercise-cli-${process.pid}.mjs`);

const result = await build({
  absWorkingDir: root,
  entryPoints: ['src/stackblitz/exercise-cli.ts'],
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
  const { main } = await import(pathToFileURL(bundle).href);
  process.exitCode = main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    root,
    // npm runs scripts in the package folder; INIT_CWD is where the learner typed the command.
    cwd: process.env.INIT_CWD ?? process.cwd(),
  });
} finally {
  rmSync(bundle, { force: true });
}
