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
 * Runs an example with the real toolchain; returns exactly what it printed (stdout then stderr).
 * @param {Example} example
 * @param {string} [root]
 */
export function runExample(example, root = EXAMPLES_ROOT) {
  const result = go(['run', example.rel], { cwd: root });
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
