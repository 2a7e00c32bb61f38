/**
 * `npm run exercise -- <slug> [--out <dir>] [--force]`: writes the grading
 * project of one exercise to a folder, so a learner can work on it with their
 * own editor and `npm test`. The logic lives here; scripts/exercise.mjs only
 * wires it to the process.
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { listExerciseFolders, readExerciseFolder } from '../data/exercise-files';
import { exerciseSchema } from '../lib/schema/exercise';
import { gradingProjectFiles } from './template.ts';

export interface ExerciseCliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The repository (exercises/, public/). */
  root: string;
  /** Where relative --out paths start (the folder npm was run from). */
  cwd: string;
}

const USAGE = `usage: npm run exercise -- <slug> [--out <dir>] [--force]

Writes the exercise's Go files, its tests and a small vitest project to a folder
(default ./exercise-<slug>/). There, npm install and npm test grade your code with
the installed go, or with the course's WebAssembly Go toolchain when go is missing.
`;

interface Args {
  slug?: string;
  out?: string;
  force: boolean;
  help: boolean;
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { force: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--force') args.force = true;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else if (arg === '--out' || arg === '-o') {
      const value = argv[++i];
      if (!value) return `${arg} needs a folder`;
      args.out = value;
    } else if (arg.startsWith('--out=')) args.out = arg.slice('--out='.length);
    else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else if (args.slug === undefined) args.slug = arg;
    else return `unexpected argument ${arg}`;
  }
  return args;
}

/** Runs the command; resolves to the process exit code. */
export function main(argv: string[], io: ExerciseCliIo): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.stderr(`${args}\n\n${USAGE}`);
    return 2;
  }
  if (args.help || args.slug === undefined) {
    (args.help ? io.stdout : io.stderr)(USAGE);
    return args.help ? 0 : 2;
  }
  const slugs = listExerciseFolders(join(io.root, 'exercises'));
  if (!slugs.includes(args.slug)) {
    io.stderr(`There is no exercise "${args.slug}". The exercises are:\n  ${slugs.join('\n  ')}\n`);
    return 1;
  }
  const parsed = exerciseSchema.safeParse(readExerciseFolder(join(io.root, 'exercises', args.slug)));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    io.stderr(`exercises/${args.slug} is invalid, so no project was written:\n${issues}\n`);
    return 1;
  }
  const exercise = parsed.data;

  const out = resolve(io.cwd, args.out ?? `exercise-${args.slug}`);
  const shown = relative(io.cwd, out) || '.';
  if (existsSync(out)) {
    if (!statSync(out).isDirectory()) {
      io.stderr(`${shown} is a file, not a folder. Choose another place with --out <dir>.\n`);
      return 1;
    }
    if (readdirSync(out).length > 0 && !args.force) {
      io.stderr(
        `${shown} already exists and is not empty, so nothing was written (your work there is safe).\n` +
          'Choose another folder with --out <dir>, or add --force to overwrite the exercise files in it.\n',
      );
      return 1;
    }
  }

  // A local folder uses this repository's runner bundle and toolchain: no server, works offline.
  const files = gradingProjectFiles(exercise, {
    runnerBase: pathToFileURL(join(io.root, 'public', 'runner') + '/').href,
    toolchainBase: pathToFileURL(join(io.root, 'public', 'go') + '/').href,
    task: exercise.readme,
  });
  for (const [name, text] of Object.entries(files)) {
    const path = join(out, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }

  const edit = exercise.meta.files.join(', ');
  io.stdout(
    `Wrote "${exercise.meta.title}" to ${shown}/\n\n` +
      `Next:\n  cd ${shown}\n  npm install\n  npm test\n\n` +
      `Edit ${edit} until every test passes; README.md has the task. The tests run on the installed go\n` +
      `(1.26 or newer), or on the course's WebAssembly toolchain in ${join(io.root, 'public', 'go')} when there is none.\n`,
  );
  return 0;
}
