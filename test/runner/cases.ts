/**
 * Loads the conformance cases in test/runner/cases: one folder per case with
 * the Go files of one package and a validated case.yaml.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import type { EngineName, GoFiles } from '../../src/runner/types.ts';
import { readCaseFiles } from './reference-go.mjs';
import { caseSchema, expectationSchema, type ConformanceCaseSpec, type Expectation } from './case-schema.ts';

export const casesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases');

export interface ConformanceCase {
  name: string;
  spec: ConformanceCaseSpec;
  files: GoFiles;
}

/** Reads every case folder; throws naming the file and field of the first invalid case.yaml. */
export async function loadCases(dir = casesDir): Promise<ConformanceCase[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(names.map((name) => loadCase(path.join(dir, name))));
}

/** Reads one case folder. */
export async function loadCase(caseDir: string): Promise<ConformanceCase> {
  const name = path.basename(caseDir);
  const yamlPath = path.join(caseDir, 'case.yaml');
  const where = path.relative(process.cwd(), yamlPath);
  let raw: unknown;
  try {
    raw = YAML.parse(await readFile(yamlPath, 'utf8'));
  } catch (err) {
    throw new Error(`${where}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const parsed = caseSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`${where} is not a valid case:\n${problems.join('\n')}`);
  }
  const spec = parsed.data;
  for (const engine of ['wasm', 'native'] as const) {
    const merged = expectationSchema.safeParse(expectationFor(spec, engine));
    if (!merged.success) {
      const problems = merged.error.issues.map((i) => `  platform.${engine} → ${i.path.join('.')}: ${i.message}`);
      throw new Error(`${where}: expect merged with platform.${engine} is invalid:\n${problems.join('\n')}`);
    }
  }

  const files: GoFiles = await readCaseFiles(caseDir);
  if (!Object.keys(files).some((n) => n.endsWith('.go'))) {
    throw new Error(`${path.relative(process.cwd(), caseDir)}: no .go files`);
  }
  return { name, spec, files };
}

/** The expectation for one engine: `expect` with that engine's override applied. */
export function expectationFor(spec: ConformanceCaseSpec, engine: EngineName): Expectation {
  const override = spec.platform?.[engine];
  if (!override) return spec.expect;
  const { unset = [], reason: _reason, ...fields } = override;
  const kept = Object.entries(spec.expect).filter(([key]) => !(unset as string[]).includes(key));
  const replaced = Object.entries(fields).filter(([, value]) => value !== undefined);
  return Object.fromEntries([...kept, ...replaced]) as Expectation;
}

/** Why the case does not run on this engine, or undefined when it does. */
export function skipReason(spec: ConformanceCaseSpec, engine: EngineName): string | undefined {
  if (engine === 'wasm' && spec.platform?.nativeOnly) return `native only: ${spec.platform.nativeOnly}`;
  if (engine === 'native' && spec.platform?.wasmOnly) return `wasm only: ${spec.platform.wasmOnly}`;
  return undefined;
}
