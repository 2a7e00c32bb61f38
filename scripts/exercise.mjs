#!/usr/bin/env node
// `npm run exercise -- <slug> [--out <dir>] [--force]`: writes an exercise's
// grading project to a folder. Thin wrapper around src/stackblitz/exercise-cli.ts.
import { importBundled, root } from './lib/run-bundled.mjs';

const { main } = await importBundled('src/stackblitz/exercise-cli.ts');
process.exitCode = main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  root,
  // npm runs scripts in the package folder; INIT_CWD is where the learner typed the command.
  cwd: process.env.INIT_CWD ?? process.cwd(),
});
