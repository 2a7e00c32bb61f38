import type { Kata } from './schema/kata';

/** Which code of a kata to build: the code under review or the fixed version. */
export type KataVariant = 'review' | 'fixed';

/** The Go module path of a kata's package. */
export function kataModule(meta: Pick<Kata['meta'], 'slug' | 'module'>): string {
  return meta.module ?? `example.com/${meta.slug}`;
}

/** The files of one buildable package: the variant's code, the kata's tests and a go.mod. */
export function kataPackage(kata: Pick<Kata, 'meta' | 'review' | 'fixed' | 'tests'>, variant: KataVariant) {
  return { ...kata[variant], ...kata.tests, 'go.mod': `module ${kataModule(kata.meta)}\n\ngo 1.26\n` };
}
