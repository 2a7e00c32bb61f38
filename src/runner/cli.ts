/**
 * The runner's command line: `run`, `test` and `fmt` on a directory or file,
 * on the wasm engine (default) or native go. main() wires I/O; everything it
 * needs from the outside is passed in, so tests can drive it.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { EngineName, GoEngine, GoFiles, RunResult } from './types.ts';

/** Printed for --help and for wrong arguments. */
export const usage = `usage:
  go-cli run  <dir|file.go> [--engine wasm|native] [--timeout ms] [--stdin file|-] [--json]
  go-cli test <dir>         [--engine wasm|native] [--timeout ms] [--run regexp] [--json]
                            [--bench regexp] [--benchmem] [--benchtime 1s|100x]
  go-cli fmt  <file.go>     [--engine wasm|native] [--write]
Exits 0 only when the status is ok.`;

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads standard input to the end (for --stdin -). */
  readStdin: () => Promise<string>;
  getEngine: (name: EngineName) => GoEngine;
}

/** Files bigger than this are left out of a package: the runner takes source and small data files. */
const MAX_FILE_BYTES = 1024 * 1024;

/** Reads a package directory (recursively, without hidden folders, with hidden files for //go:embed) or one .go file into GoFiles. */
export async function readPackage(path: string): Promise<GoFiles> {
  const info = await stat(path);
  if (info.isFile()) return { [basename(path)]: await readFile(path, 'utf8') };
  const files: GoFiles = {};
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && entry.name !== 'node_modules') await walk(full);
        continue;
      }
      if (entry.isFile() && (await stat(full)).size <= MAX_FILE_BYTES) {
        files[relative(path, full).split('\\').join('/')] = await readFile(full, 'utf8');
      }
    }
  };
  await walk(path);
  return files;
}

/** One line that sums up a result, for people (the JSON has the details). */
export function summary(r: RunResult): string {
  const t = r.timings;
  const ms = (n: number) => `${Math.round(n)}ms`;
  const parts = [`[${r.engine}] ${r.status}`];
  if (r.exitCode !== null) parts.push(`exit ${r.exitCode}`);
  if (r.tests.length > 0) {
    const count = (s: string) => r.tests.filter((x) => x.status === s).length;
    parts.push(`tests: ${count('pass')} passed, ${count('fail')} failed, ${count('skip')} skipped`);
  }
  if (r.diagnostics.length > 0)
    parts.push(`${r.diagnostics.length} diagnostic${r.diagnostics.length === 1 ? '' : 's'}`);
  if (r.truncated) parts.push('output truncated');
  parts.push(`compile ${ms(t.compileMs)}, link ${ms(t.linkMs)}, run ${ms(t.runMs)}`);
  return `${parts.join(' | ')}\n`;
}

/** Runs the CLI with argv (without node and script) and returns the process exit code. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        engine: { type: 'string', default: 'wasm' },
        timeout: { type: 'string' },
        stdin: { type: 'string' },
        run: { type: 'string' },
        bench: { type: 'string' },
        benchmem: { type: 'boolean', default: false },
        benchtime: { type: 'string' },
        json: { type: 'boolean', default: false },
        write: { type: 'boolean', short: 'w', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    io.stderr(`${err instanceof Error ? err.message : String(err)}\n${usage}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, target] = positionals;
  if (values.help || !command || !target || !['run', 'test', 'fmt'].includes(command)) {
    io.stderr(`${usage}\n`);
    return values.help ? 0 : 2;
  }
  if (values.engine !== 'wasm' && values.engine !== 'native') {
    io.stderr(`--engine must be wasm or native, not ${values.engine}\n`);
    return 2;
  }
  const timeoutMs = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeoutMs !== undefined && !(timeoutMs > 0)) {
    io.stderr(`--timeout must be a positive number of milliseconds\n`);
    return 2;
  }

  const engine = io.getEngine(values.engine);
  try {
    if (command === 'fmt') {
      const source = await readFile(target, 'utf8');
      let formatted: string;
      try {
        formatted = await engine.formatGo(source, target);
      } catch (err) {
        io.stderr(`${err instanceof Error ? err.message : String(err)}\n`);
        return 1;
      }
      if (values.write) await writeFile(target, formatted);
      else io.stdout(formatted);
      return 0;
    }
    const files = await readPackage(target);
    const options = timeoutMs === undefined ? {} : { timeoutMs };
    let result: RunResult;
    if (command === 'run') {
      const stdin =
        values.stdin === undefined
          ? undefined
          : values.stdin === '-'
            ? await io.readStdin()
            : await readFile(values.stdin, 'utf8');
      result = await engine.runProgram(files, stdin === undefined ? options : { ...options, stdin });
    } else {
      result = await engine.runTests(files, {
        ...options,
        ...(values.run === undefined ? {} : { run: values.run }),
        ...(values.bench === undefined ? {} : { bench: values.bench }),
        ...(values.benchmem ? { benchmem: true } : {}),
        ...(values.benchtime === undefined ? {} : { benchtime: values.benchtime }),
      });
    }
    if (values.json) {
      io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    } else {
      io.stdout(result.stdout);
      io.stderr(result.stderr);
      io.stderr(summary(result));
    }
    return result.status === 'ok' ? 0 : 1;
  } finally {
    await engine.dispose();
  }
}
