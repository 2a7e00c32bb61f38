#!/usr/bin/env node
// `npm run mutants -- [slug ...] [--engine wasm|native]`: checks that each
// exercise's tests fail for every one of its mutants. See src/checks/mutants-cli.ts.
import { createNativeEngine, createNodeEngine, goAvailable } from '../src/runner/index.ts';
import { importBundled } from './lib/run-bundled.mjs';

const { main } = await importBundled('src/checks/mutants-cli.ts');
process.exitCode = await main(process.argv.slice(2), (s) => process.stdout.write(s), {
  goAvailable,
  wasm: () => createNodeEngine(),
  native: ({ race }) => createNativeEngine({ race }),
});
