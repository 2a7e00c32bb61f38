/**
 * Property-based: mutations of a valid backup (wrong types, missing fields,
 * extra keys, truncated text, huge strings, hostile keys, duplicate ids) are
 * all refused by the import pipeline, and the database is left exactly as it was.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBackup } from '../../../src/db/backup';
import { recordLessonOpened, setLessonComplete } from '../../../src/db/progress';
import type { LearnerDatabase } from '../../../src/db/schema';
import { setStorageStatus } from '../../../src/db/status';
import { parseBackupText } from '../../../src/lib/learner/backup-format';
import { fixtureText, memoryDb, snapshot } from './helpers';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const base = JSON.parse(fixtureText) as Json;

/** Objects whose keys are data (file names, area ids, task ids), not fields: adding or removing an entry can be valid. */
const MAP_KEYS = new Set(['files', 'scores', 'notes', 'done', 'reflections', 'sections', 'ladder']);
/** Fields a record may leave out. */
const OPTIONAL_KEYS = new Set(['completedAt', 'beforeReset', 'href']);
/** Leaves whose schema accepts several primitive types (settings values). */
const isUnionLeaf = (path: Path) => path[1] === 'settings' && path.at(-1) === 'value';

interface Node {
  path: Path;
  value: Json;
}

function walk(value: Json, path: Path = [], out: Node[] = []): Node[] {
  out.push({ path, value });
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i], out));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) walk(v, [...path, k], out);
  return out;
}

const nodes = walk(base);
const isContainer = (v: Json) => v !== null && typeof v === 'object';
const leaves = nodes.filter((n) => !isContainer(n.value));
const stringLeaves = leaves.filter((n) => typeof n.value === 'string');
const containers = nodes.filter((n) => isContainer(n.value));
const isMap = (n: Node) => MAP_KEYS.has(String(n.path.at(-1)));
const strictObjects = containers.filter((n) => !Array.isArray(n.value) && !isMap(n));
const objects = containers.filter((n) => !Array.isArray(n.value));
const requiredFields = strictObjects.flatMap((n) =>
  Object.keys(n.value as object)
    .filter((k) => !OPTIONAL_KEYS.has(k))
    .map((k) => ({ path: n.path, key: k })),
);
const tables = containers.filter((n) => n.path.length === 2 && n.path[0] === 'data' && (n.value as Json[]).length > 0);

/** A deep copy with `edit` applied to the value at `path` (which receives the parent and the key). */
function mutate(path: Path, edit: (parent: Record<string | number, Json>, key: string | number) => void): Json {
  const copy = structuredClone(base);
  if (path.length === 0) throw new Error('use a wrapper for the root');
  let parent = copy as Record<string | number, Json>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, Json>;
  edit(parent, path[path.length - 1] as string | number);
  return copy;
}

const anyJson = fc.jsonValue() as fc.Arbitrary<Json>;
const pick = <T>(list: readonly T[]) => fc.constantFrom(...list);

/** Each arbitrary produces the text of a file that must be refused, and what was done to it. */
const wrongTypeAtLeaf = fc
  .tuple(
    pick(leaves),
    fc.oneof(fc.constant<Json>({}), fc.array(fc.integer(), { minLength: 1 }), fc.constant<Json>({ a: 1 })),
  )
  .map(([n, v]) => ({
    what: `object/array at ${n.path.join('.')}`,
    text: JSON.stringify(mutate(n.path, (p, k) => (p[k] = v))),
  }));

const otherPrimitive = (v: Json): fc.Arbitrary<Json> =>
  typeof v === 'string'
    ? fc.oneof(fc.double({ noNaN: true }), fc.boolean())
    : typeof v === 'number'
      ? fc.oneof(fc.string(), fc.boolean())
      : typeof v === 'boolean'
        ? fc.oneof(fc.string(), fc.integer())
        : fc.oneof(fc.integer(), fc.boolean());
const wrongPrimitive = pick(leaves.filter((n) => !isUnionLeaf(n.path)))
  .chain((n) => otherPrimitive(n.value).map((v) => ({ n, v })))
  .map(({ n, v }) => ({
    what: `${JSON.stringify(v)} at ${n.path.join('.')}`,
    text: JSON.stringify(mutate(n.path, (p, k) => (p[k] = v))),
  }));

const primitiveForContainer = fc
  .tuple(pick(containers), fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null)))
  .map(([n, v]) => ({
    what: `primitive for ${n.path.join('.') || 'the root'}`,
    text: JSON.stringify(n.path.length === 0 ? v : mutate(n.path, (p, k) => (p[k] = v))),
  }));

const missingField = pick(requiredFields).map(({ path, key }) => ({
  what: `no ${[...path, key].join('.')}`,
  text: JSON.stringify(
    path.length === 0
      ? Object.fromEntries(Object.entries(base as object).filter(([k]) => k !== key))
      : mutate(path, (p, k) => Reflect.deleteProperty(p[k] as Record<string, Json>, key)),
  ),
}));

const extraKey = fc
  .tuple(pick(strictObjects), fc.string({ minLength: 1, maxLength: 20 }), anyJson)
  .filter(([n, key]) => !(key in (n.value as object)))
  .map(([n, key, v]) => ({
    what: `extra key ${JSON.stringify(key)} at ${n.path.join('.') || 'the root'}`,
    text: JSON.stringify(
      n.path.length === 0
        ? { ...(base as object), [key]: v }
        : mutate(n.path, (p, k) => ((p[k] as Record<string, Json>)[key] = v)),
    ),
  }));

const text = JSON.stringify(base);
const truncated = fc
  .integer({ min: 0, max: text.length - 1 })
  .map((n) => ({ what: `cut at ${n}`, text: text.slice(0, n) }));

const hugeString = pick(stringLeaves).map((n) => ({
  what: `huge string at ${n.path.join('.')}`,
  text: JSON.stringify(mutate(n.path, (p, k) => (p[k] = 'x'.repeat(600_001)))),
}));

const hostileKey = fc
  .tuple(pick(objects), fc.constantFrom('__proto__', 'constructor', 'prototype'), anyJson)
  .map(([n, key, v]) => {
    const copy = n.path.length === 0 ? structuredClone(base) : mutate(n.path, () => undefined);
    let target = copy as Record<string | number, Json>;
    for (const step of n.path) target = target[step] as Record<string | number, Json>;
    // An own property named like this (as JSON.parse would make), not a prototype change.
    Object.defineProperty(target, key, { value: v, enumerable: true, configurable: true, writable: true });
    return { what: `${key} at ${n.path.join('.') || 'the root'}`, text: JSON.stringify(copy) };
  });

const duplicateId = fc.tuple(pick(tables), fc.nat()).map(([n, i]) => {
  const records = n.value as Json[];
  const copy = mutate(n.path, (p, k) => (p[k] as Json[]).push(structuredClone(records[i % records.length] ?? null)));
  return { what: `duplicate record in ${n.path.join('.')}`, text: JSON.stringify(copy) };
});

const malformed = fc.oneof(
  wrongTypeAtLeaf,
  wrongPrimitive,
  primitiveForContainer,
  missingField,
  extraKey,
  truncated,
  hugeString,
  hostileKey,
  duplicateId,
);

let db: LearnerDatabase;
let before: string;
beforeAll(async () => {
  setStorageStatus({ mode: 'memory', writeError: null });
  db = memoryDb('fuzz');
  await db.open();
  await recordLessonOpened(db, 3);
  await setLessonComplete(db, 7, true);
  before = await snapshot(db);
});
afterAll(() => db.close());

describe('importing a malformed backup', () => {
  it('sanity: the unmutated file is accepted (so refusals below are about the mutation)', () => {
    expect(parseBackupText(text).ok).toBe(true);
    expect(nodes.length).toBeGreaterThan(100);
  });

  it('refuses every one of 1,200 generated malformed files and leaves the database unchanged', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(malformed, async ({ what, text: file }) => {
        runs++;
        const result = parseBackupText(file);
        // The import pipeline: only a file that passes validation reaches the database.
        if (result.ok) await importBackup(db, result.doc, 'replace');
        expect(result.ok, `accepted: ${what}`).toBe(false);
        if (!result.ok) expect(result.error).toMatch(/^The .*Nothing was changed\.$/s);
        expect(await snapshot(db)).toBe(before);
      }),
      { numRuns: 1200 },
    );
    expect(runs).toBe(1200);
    // Parsing never touched Object.prototype.
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  }, 180_000);
});
