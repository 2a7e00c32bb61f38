import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseHints } from '../lib/schema/exercise';

/**
 * Reads one exercise folder into the raw (unvalidated) shape of exerciseSchema.
 * Shared by the content loader, the verification tests and the exercise CLI so
 * that all of them see exactly the same files.
 */
/** An exercise folder as read from disk, before validation. */
export interface RawExerciseFolder {
  meta: unknown;
  readme: string;
  hints: { title: string; markdown: string }[];
  starter: Record<string, string>;
  solution: Record<string, string>;
  tests: Record<string, string>;
  /** kind: tests only: the implementation under test and the hidden faulty ones. */
  subject: Record<string, string>;
  faulty: { name: string; description: unknown; hint: unknown; files: Record<string, string> }[];
}

/** The .go files of dir/sub by name, in name order (empty when the folder is absent). */
function goFilesIn(dir: string, sub: string): Record<string, string> {
  const path = join(dir, sub);
  if (!existsSync(path)) return {};
  return Object.fromEntries(
    readdirSync(path)
      .filter((f) => f.endsWith('.go'))
      .sort()
      .map((f) => [f, readFileSync(join(path, f), 'utf8')]),
  );
}

/** Every file under dir/sub/testdata, by path from dir/sub ("testdata/fuzz/FuzzParse/seed"), in path order. */
function testdataIn(dir: string, sub: string): Record<string, string> {
  const root = join(dir, sub);
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const entry of readdirSync(join(root, rel), { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) out[path] = readFileSync(join(root, path), 'utf8');
    }
  };
  if (existsSync(join(root, 'testdata'))) walk('testdata');
  return out;
}

export function readExerciseFolder(dir: string): RawExerciseFolder {
  const read = (name: string) => (existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8') : '');
  return {
    meta: parse(read('exercise.yaml')) as unknown,
    readme: read('README.md'),
    hints: parseHints(read('hints.md')),
    starter: goFilesIn(dir, 'starter'),
    solution: goFilesIn(dir, 'solution'),
    // Test data (fuzz corpora, golden files) travels with the tests, under its own path.
    tests: { ...goFilesIn(dir, 'tests'), ...testdataIn(dir, 'tests') },
    subject: goFilesIn(dir, 'subject'),
    faulty: folders(join(dir, 'faulty')).map((name) => {
      const yaml = join(dir, 'faulty', name, 'fault.yaml');
      const fault = (existsSync(yaml) ? parse(readFileSync(yaml, 'utf8')) : null) as {
        description?: unknown;
        hint?: unknown;
      } | null;
      return { name, description: fault?.description, hint: fault?.hint, files: goFilesIn(join(dir, 'faulty'), name) };
    }),
  };
}

/** A mutant folder as read from disk (mutant.yaml unvalidated), in name order. */
export interface RawMutant {
  name: string;
  meta: unknown;
  files: Record<string, string>;
}

/**
 * The wrong solutions in an exercise's mutants/ folder. They are read only by
 * the checks and `npm run mutants`, never by the site: learners do not download them.
 */
export function readMutants(dir: string): RawMutant[] {
  const root = join(dir, 'mutants');
  if (!existsSync(root)) return [];
  return folders(root).map((name) => {
    const yaml = join(root, name, 'mutant.yaml');
    return {
      name,
      meta: existsSync(yaml) ? (parse(readFileSync(yaml, 'utf8')) as unknown) : undefined,
      files: goFilesIn(root, name),
    };
  });
}

/** The `kind` an exercise.yaml declares: "review" for a review kata, otherwise a coding exercise. */
export function folderKind(dir: string): 'code' | 'review' {
  const file = join(dir, 'exercise.yaml');
  if (!existsSync(file)) return 'code';
  const meta = parse(readFileSync(file, 'utf8')) as { kind?: unknown } | null;
  return meta?.kind === 'review' ? 'review' : 'code';
}

function folders(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/** Folder names under `root` of coding exercises (review katas excluded). */
export function listExerciseFolders(root: string): string[] {
  return folders(root).filter((slug) => folderKind(join(root, slug)) === 'code');
}

/** Folder names under `root` of review katas (exercise.yaml says `kind: review`). */
export function listKataFolders(root: string): string[] {
  return folders(root).filter((slug) => folderKind(join(root, slug)) === 'review');
}

/** A review kata folder as read from disk, before validation (see src/lib/schema/kata.ts). */
export interface RawKataFolder {
  meta: unknown;
  readme: string;
  review: Record<string, string>;
  before: Record<string, string>;
  fixed: Record<string, string>;
  tests: Record<string, string>;
  key: unknown;
}

export function readKataFolder(dir: string): RawKataFolder {
  const read = (name: string) => (existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8') : '');
  return {
    meta: parse(read('exercise.yaml')) as unknown,
    readme: read('README.md'),
    review: goFilesIn(dir, 'review'),
    before: goFilesIn(dir, 'before'),
    fixed: goFilesIn(dir, 'fixed'),
    tests: goFilesIn(dir, 'tests'),
    key: parse(read('key.yaml')) as unknown,
  };
}
