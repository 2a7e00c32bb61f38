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

/** Folder names under `root` (each one exercise). */
export function listExerciseFolders(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}
