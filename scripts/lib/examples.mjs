import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { go } from './go.mjs';

/** Root of the lesson examples module (one go.mod for all examples). */
export const EXAMPLES_ROOT = 'content/examples';

/**
 * @typedef {{ part: number, name: string, rel: string, dir: string }} Example
 */

/**
 * Every example as { part, name, dir, rel } where dir holds main.go.
 * @param {string} [root]
 * @returns {Example[]}
 */
export function listExamples(root = EXAMPLES_ROOT) {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^part-\d\d$/.test(d.name))
    .flatMap((partDir) =>
      readdirSync(join(root, partDir.name), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => ({
          part: Number(partDir.name.slice(5)),
          name: d.name,
          rel: `./${partDir.name}/${d.name}`,
          dir: join(root, partDir.name, d.name),
        })),
    )
    .sort((a, b) => a.rel.localeCompare(b.rel));
}

/**
 * The go command an example is shown with. Most use `go run .`; an example
 * may hold an args.txt (e.g. `build -gcflags=-m .`) to show another command's
 * output, such as escape analysis.
 * @param {Example} example
 * @returns {string[]}
 */
export function exampleArgs(example) {
  const file = join(example.dir, 'args.txt');
  if (!existsSync(file)) return ['run', '.'];
  return readFileSync(file, 'utf8').trim().split(/\s+/);
}

/**
 * Runs an example with the real toolchain, from its own folder; returns
 * exactly what it printed (stdout then stderr) and the exit code.
 * @param {Example} example
 */
export function runExample(example) {
  const result = go(exampleArgs(example), { cwd: example.dir });
  return { code: result.code, output: result.stdout + result.stderr };
}

/**
 * The committed output of an example, or undefined when missing.
 * @param {Example} example
 * @returns {string | undefined}
 */
export function committedOutput(example) {
  const file = join(example.dir, 'output.txt');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}
