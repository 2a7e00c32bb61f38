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
}

export function readExerciseFolder(dir: string): RawExerciseFolder {
  const read = (name: string) => (existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8') : '');
  const goFilesIn = (sub: string) => {
    const path = join(dir, sub);
    if (!existsSync(path)) return {};
    return Object.fromEntries(
      readdirSync(path)
        .filter((f) => f.endsWith('.go'))
        .sort()
        .map((f) => [f, readFileSync(join(path, f), 'utf8')]),
    );
  };
  return {
    meta: parse(read('exercise.yaml')) as unknown,
    readme: read('README.md'),
    hints: parseHints(read('hints.md')),
    starter: goFilesIn('starter'),
    solution: goFilesIn('solution'),
    tests: goFilesIn('tests'),
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
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const path = join(root, name);
      const yaml = join(path, 'mutant.yaml');
      return {
        name,
        meta: existsSync(yaml) ? (parse(readFileSync(yaml, 'utf8')) as unknown) : undefined,
        files: Object.fromEntries(
          readdirSync(path)
            .filter((f) => f.endsWith('.go'))
            .sort()
            .map((f) => [f, readFileSync(join(path, f), 'utf8')]),
        ),
      };
    });
}

/** Folder names under `root` (each one exercise). */
export function listExerciseFolders(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}
