import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { go } from './go.mjs';

/** Root of the lesson examples module (one go.mod for all examples). */
export const EXAMPLES_ROOT = 'content/examples';

/**
 * @typedef {{ part: number, name: string, rel: string, dir: string }} Example
 */

/**
 * Every example as { part, name, dir, rel }: each folder of a part holds one
 * example (a main package, or a package with tests run by args.txt).
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

/**
 * One benchmark result line with what varies between runs masked: the
 * GOMAXPROCS suffix, the iteration count, ns/op and custom metrics, and the
 * column padding. B/op and allocs/op are kept: they are deterministic.
 * @param {string} line
 */
function maskBenchmarkLine(line) {
  const [name = '', ...fields] = line.trim().split(/\s+/);
  const out = [name.replace(/-\d+$/, '-<p>')];
  for (let i = 0; i < fields.length; i++) {
    const unit = fields[i + 1];
    if (i === 0 && /^\d+$/.test(fields[0] ?? '')) out.push('<n>');
    else if (unit !== undefined && /^[\d.]+$/.test(fields[i] ?? '')) {
      out.push(unit === 'B/op' || unit === 'allocs/op' ? `${fields[i]} ${unit}` : `<v> ${unit}`);
      i++;
    } else out.push(fields[i] ?? '');
  }
  return out.join(' ');
}

/**
 * The output with what no run can reproduce masked: durations in go test's
 * PASS/FAIL/ok lines, benchmark timings (see maskBenchmarkLine), the cpu line
 * and fuzzing progress. Examples are compared through it, so timings may
 * differ but nothing else may.
 * @param {string} text
 * @returns {string}
 */
export function maskTimings(text) {
  return text
    .split('\n')
    .map((line) => {
      if (/^Benchmark\S*\s+\d+\s/.test(line)) return maskBenchmarkLine(line);
      if (/^cpu: /.test(line)) return 'cpu: <cpu>';
      if (/^fuzz: elapsed: /.test(line)) return 'fuzz: elapsed: <progress>';
      return line.replace(/\(\d+\.\d+s\)/g, '(<t>s)').replace(/^(ok|FAIL)(\s+\S+\s+)\d+(\.\d+)?s\b/, '$1$2<t>s');
    })
    .join('\n');
}

/**
 * Whether a run printed what was committed, timings aside (see maskTimings).
 * @param {string | undefined} committed
 * @param {string} actual
 */
export function sameOutput(committed, actual) {
  return committed !== undefined && maskTimings(committed) === maskTimings(actual);
}
