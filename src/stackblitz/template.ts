/**
 * The grading project of an exercise: the Go package (learner files, tests,
 * go.mod) plus a small vitest project that runs its Go tests through the
 * course's runner. The same files go to StackBlitz (payload.ts) and to a local
 * folder (`npm run exercise`), so a learner is graded the same way everywhere.
 */
import type { ExerciseClientData } from '../lib/exercise-client';
import { gradingPackages } from '../lib/grading-plan';
import type { GradingConfig } from './harness.ts';
import { RUNNER_FILES } from './runner-files.ts';

/** The vitest the grading project installs; exact, so every learner gets the same runner. */
export const VITEST_VERSION = '5.1.1';

/** Node the grading project needs (vitest's minimum); StackBlitz picks its Node from this. */
export const NODE_ENGINES = '>=22.12';

/** Deadline for the test binary in the grading project (the page uses 30 s; a WebContainer is slower). */
export const GRADING_TIMEOUT_MS = 60_000;

/** What a grading project is made of. */
export type GradingExercise = Pick<
  ExerciseClientData,
  'meta' | 'starter' | 'solution' | 'tests' | 'subject' | 'faulty'
>;

export interface GradingProjectOptions {
  /** The learner's files; missing ones come from the starter. */
  draft?: Readonly<Record<string, string>>;
  /** Use the reference solution instead of the starter underneath the draft (tests and tooling only). */
  variant?: 'starter' | 'solution';
  /** URL of the runner bundle folder (/runner/ on the course site, or a file: URL). Ends with "/". */
  runnerBase: string;
  /** URL of the WebAssembly toolchain folder (/go/ on the course site, or a file: URL). Ends with "/". */
  toolchainBase: string;
  /** The task (the exercise's README.md), copied into the project's README when known. */
  task?: string;
  /** Where the exercise is in the course, linked from the README. */
  lessonUrl?: string;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function packageJson(slug: string, title: string): string {
  return json({
    name: `go-mastery-${slug}`,
    version: '0.0.0',
    private: true,
    description: `Go Mastery exercise: ${title}`,
    type: 'module',
    engines: { node: NODE_ENGINES },
    scripts: { test: 'vitest run' },
    devDependencies: { vitest: VITEST_VERSION },
  });
}

const vitestConfig = `import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['grade.test.js'],
    // The Go tests run while vitest reads grade.test.js. The first run may
    // download the Go toolchain (about 20 MB) and compile it: allow minutes.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    teardownTimeout: 60_000,
  },
});
`;

const gradeTest = `// Grades the Go package in this folder: each Go test becomes one vitest test
// with the same name, failing with what the Go test printed (got and want).
// A build that fails shows as a single failing test named "compile".
import { test } from 'vitest';
import { course, loadRunner } from './runner-loader.js';

// Vitest must know every test when it reads this file, so the Go tests run
// once, here, before the tests are declared (top-level await).
const runner = await loadRunner();
const { engine, cases } = await runner.grade(new URL('.', import.meta.url), course);
console.log(\`Go tests run by \${engine}.\`);

for (const c of cases) {
  if (c.status === 'skip') {
    test.skip(c.name, () => {});
  } else {
    test(c.name, () => {
      if (c.status === 'fail') throw runner.goTestFailure(c);
    });
  }
}
`;

function runnerLoader(config: GradingConfig & { runner: string }): string {
  return `// Loads the Go Mastery runner for grade.test.js. Written by the course for
// this exercise; set GO_MASTERY_ENGINE=wasm or native to choose how Go runs.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';

/** Where the runner and the Go toolchain come from, and how this exercise may be graded. */
export const course = ${JSON.stringify(config, null, 2)};

const files = ${JSON.stringify(RUNNER_FILES)};

// Under node_modules, so vitest lets Node import it as it is, and the runner
// finds its worker scripts next to it.
const cache = new URL('./node_modules/.cache/go-mastery/runner/', import.meta.url);

async function download(name) {
  const url = new URL(name, course.runner);
  if (url.protocol === 'file:') return readFile(url, 'utf8');
  const response = await fetch(url);
  if (!response.ok) throw new Error(\`\${url.href}: HTTP \${response.status}\`);
  return response.text();
}

/** Fetches a fresh copy of the runner (falling back to the last one when offline) and imports it. */
export async function loadRunner() {
  try {
    const texts = await Promise.all(files.map(download));
    await mkdir(cache, { recursive: true });
    await Promise.all(files.map((name, i) => writeFile(new URL(name, cache), texts[i])));
  } catch (error) {
    if (!existsSync(new URL(files[0], cache))) {
      throw new Error(
        \`The Go Mastery runner could not be loaded from \${course.runner} (\${error.message}). \` +
          'Check your connection (or that the course site is running) and run npm test again.',
        { cause: error },
      );
    }
    console.warn(\`Using the runner from the last run: \${course.runner} is unreachable (\${error.message}).\`);
  }
  return import(new URL(files[0], cache).href);
}
`;
}

/** Shifts Markdown headings one level down (outside code fences), so the task nests under the README's title. */
export function nestHeadings(markdown: string): string {
  let fenced = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
      return !fenced && /^#{1,5}\s/.test(line) ? `#${line}` : line;
    })
    .join('\n');
}

const code = (name: string) => '`' + name + '`';

/** The "How to work on it" steps: edit the code the tests grade, or (kind: tests) write the tests. */
function howToWork(exercise: GradingExercise): string {
  const edit = exercise.meta.files.map(code).join(', ');
  const install = `2. Run ${code('npm install')} once, then ${code('npm test')} (StackBlitz runs both for you).`;
  if (exercise.meta.kind === 'tests') {
    return [
      `1. Write your tests in ${edit}. The code they test is ${Object.keys(exercise.subject).map(code).join(', ')}: read it, but leave it as it is.`,
      install,
      `3. Your tests run against that correct code (they must pass), then against ${exercise.faulty.length} faulty`,
      `   versions kept in ${code('testdata/faulty/')} (each must make one of your tests fail). Each version is one`,
      '   test in the results; a version your tests let through prints a hint. Reading the faulty code first',
      '   spoils the exercise.',
    ].join('\n');
  }
  return [
    `1. Edit ${edit}. The tests are in ${Object.keys(exercise.tests)
      .filter((f) => f.endsWith('.go'))
      .map(code)
      .join(', ')}: read them, but leave them as they are.`,
    install,
    '3. Each Go test shows up as one test with the same name; a failing test prints what it got and what it',
    `   wanted. A build error shows up as a single failing test named ${code('compile')}, listing every error with`,
    '   its file, line and column.',
  ].join('\n');
}

function readme(exercise: GradingExercise, options: GradingProjectOptions): string {
  const { meta } = exercise;
  const task = options.task
    ? nestHeadings(options.task.replace(/^#\s.*\n+/, '')).trim()
    : options.lessonUrl
      ? `The task is described in the lesson: ${options.lessonUrl}`
      : 'The task is described in the lesson of this exercise.';
  const wasmOk = meta.engines.includes('wasm');
  return `# ${meta.title}

A Go Mastery exercise${options.lessonUrl ? ` ([open the lesson](${options.lessonUrl}))` : ''}, set up so that \`npm test\` grades your code.

## Your task

${task}

## How to work on it

${howToWork(exercise)}

## Which Go runs the tests

- The installed \`go\` (1.26 or newer) when there is one, exactly like \`go test\` — you can also run
  \`go test ./...\` here.
${
  wasmOk
    ? `- Otherwise the course's Go toolchain compiled to WebAssembly (about 20 MB, downloaded on the first run)
  from ${options.toolchainBase}.`
    : `- This exercise needs the real Go toolchain (${meta.nativeOnlyReason ?? 'it cannot run in WebAssembly'}).`
}

Set \`GO_MASTERY_ENGINE=native\` or \`GO_MASTERY_ENGINE=wasm\` to choose.
`;
}

/** Every file of the grading project, by path. All are text. */
export function gradingProjectFiles(exercise: GradingExercise, options: GradingProjectOptions): Record<string, string> {
  const { meta } = exercise;
  const writesTests = meta.kind === 'tests';
  const config = {
    runner: options.runnerBase,
    toolchain: options.toolchainBase,
    engines: meta.engines,
    nativeOnlyReason: meta.nativeOnlyReason ?? null,
    timeoutMs: GRADING_TIMEOUT_MS,
    ...(writesTests
      ? {
          faults: exercise.faulty.map((f, i) => ({
            name: f.name,
            label: `faulty implementation ${i + 1}`,
            hint: f.hint,
          })),
        }
      : {}),
  };
  // A test-writing exercise: the learner's tests beside the correct implementation, the faulty
  // ones under testdata/ (which the go command ignores) for the harness to swap in.
  const [main] = gradingPackages(exercise, options.variant ?? 'starter', options.draft ?? {});
  const faulty = writesTests
    ? Object.fromEntries(
        exercise.faulty.flatMap((f) =>
          Object.entries(f.files).map(([name, text]) => [`testdata/faulty/${f.name}/${name}`, text]),
        ),
      )
    : {};
  return {
    ...(main?.files ?? {}),
    ...faulty,
    'package.json': packageJson(meta.slug, meta.title),
    'vitest.config.js': vitestConfig,
    'grade.test.js': gradeTest,
    'runner-loader.js': runnerLoader(config),
    'README.md': readme(exercise, options),
    '.gitignore': 'node_modules/\n',
  };
}
