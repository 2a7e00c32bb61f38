/**
 * `npm run mutants -- [slug ...] [--engine wasm|native]`: runs each exercise's
 * tests against its mutants and prints what caught each one. Exit code 1 when
 * a mutant survives, does not compile, or a mutants/ folder is malformed.
 */
import { listExerciseFolders } from '../data/exercise-files';
import type { EngineName, GoEngine } from '../runner/types';
import { engineFor, loadExerciseMutants, runMutant, type MutantEngines } from './mutants';

/**
 * How the CLI gets its engines. The wrapper script passes the runner's own
 * factories: this module is bundled, and the runner's worker scripts must be
 * loaded from their own files.
 */
export interface EngineFactories {
  goAvailable(): Promise<boolean>;
  wasm(): GoEngine;
  native(options: { race: boolean }): GoEngine;
}

export async function main(argv: string[], out: (s: string) => void, make: EngineFactories): Promise<number> {
  const engineArg = argv.indexOf('--engine');
  const only = engineArg >= 0 ? (argv[engineArg + 1] as EngineName | undefined) : undefined;
  const slugs = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--engine');
  const known = listExerciseFolders('exercises');
  const unknown = slugs.filter((s) => !known.includes(s));
  if (unknown.length > 0) {
    out(`no such exercise: ${unknown.join(', ')} (see exercises/)\n`);
    return 2;
  }
  const hasGo = await make.goAvailable();
  if (!hasGo && only !== 'wasm') out('skipped: go not found (native checks)\n');
  const engines: MutantEngines = {
    wasm: only === 'native' ? undefined : make.wasm(),
    native: hasGo && only !== 'wasm' ? make.native({ race: false }) : undefined,
    nativeRace: hasGo && only !== 'wasm' ? make.native({ race: true }) : undefined,
  };
  let bad = 0;
  try {
    for (const slug of slugs.length > 0 ? slugs : known) {
      const { exercise, mutants, problems } = loadExerciseMutants('exercises', slug);
      out(`\n${slug} (${mutants.length} mutants)\n`);
      for (const p of problems) out(`  problem: ${p}\n`);
      bad += problems.length;
      for (const mutant of mutants) {
        const cells: string[] = [];
        for (const name of exercise.meta.engines) {
          const engine = engineFor(exercise, name, engines);
          if (!engine) continue;
          const run = await runMutant(exercise, mutant, name, engine);
          if (run.verdict !== 'killed') bad++;
          const caught = run.failing.length > 0 ? ` by ${run.failing.slice(0, 3).join(', ')}` : ` (${run.status})`;
          cells.push(
            `${name}${name === 'native' && exercise.meta.race ? ' -race' : ''}: ${run.verdict}${run.verdict === 'killed' ? caught : ''}`,
          );
          if (run.verdict === 'invalid') cells.push(`\n      ${run.detail.replaceAll('\n', '\n      ')}`);
        }
        out(`  ${mutant.name.padEnd(32)} ${mutant.meta.mistake.padEnd(26)} ${cells.join('; ')}\n`);
      }
    }
  } finally {
    await Promise.all(Object.values(engines).map((e) => e?.dispose()));
  }
  out(bad === 0 ? '\nmutants: all killed\n' : `\nmutants: ${bad} problem(s)\n`);
  return bad === 0 ? 0 : 1;
}
