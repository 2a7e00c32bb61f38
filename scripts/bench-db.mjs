#!/usr/bin/env node
/**
 * Benchmarks the learner database (npm run bench:db): with 10,000 graded runs
 * and 35 lessons of progress in fake-indexeddb, prints the median time of the
 * home dashboard's queries, an export and an import, and (5,000 cards, 50,000
 * review events) the practice page's queue, each as a ratio to a baseline
 * measured in the same run (the bare IndexedDB work of that case: see
 * scripts/lib/db-bench.ts), and against the targets (dashboard and practice
 * ≤ 50 ms on a later visit, its first visit with no stored snapshot ≤ 1 s, export
 * and import ≤ 1 s each). Exits 1 when a median misses its target.
 * Options: --quick (fewer repetitions), --json.
 *
 * The cases live in scripts/lib/db-bench.ts and are loaded through Vite's
 * module runner, because src/db uses extensionless imports that Node's own
 * TypeScript support cannot resolve.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';

const { values } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
});
const runs = values.quick
  ? { dashboard: 10, export: 3, import: 3, practice: 5, practiceCold: 3 }
  : { dashboard: 30, export: 7, import: 7, practice: 15, practiceCold: 3 };
const TARGETS = { dashboard: 50, export: 1000, import: 1000, practice: 50, practiceCold: 1000 };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const { module } = await runnerImport(new URL('./lib/db-bench.ts', import.meta.url).pathname, {
  configFile: false,
  logLevel: 'error',
});
const result = await module.runDbBench({
  courseYaml: await readFile(new URL('../content/course.yaml', import.meta.url), 'utf8'),
  attempts: 10_000,
  runs,
  practice: { cards: 5_000, events: 50_000 },
});

const row = (name, key, baselineName) => ({
  name,
  median: median(result[key]),
  baseline: median(result.baseline[key]),
  baselineName,
  target: TARGETS[key.replace(/Ms$/, '')],
  runs: runs[key.replace(/Ms$/, '')],
});
const rows = [
  row('dashboard (read + stats)', 'dashboardMs', 'reading its tables'),
  row('export (read + JSON)', 'exportMs', 'dumping every table to JSON'),
  row('import (validate + write)', 'importMs', 'writing the rows unvalidated'),
  row('practice page (queue)', 'practiceMs', 'reading its tables'),
  row('practice, first visit', 'practiceColdMs', 'reading its tables'),
];

if (values.json) {
  console.log(JSON.stringify({ records: result.records, results: rows }, null, 2));
} else {
  const { attempts, progress, exportBytes, cards, reviewEvents } = result.records;
  console.log(
    `Learner database, fake-indexeddb: ${attempts.toLocaleString()} graded runs, ${progress} lessons of progress, backup ${(exportBytes / 1e6).toFixed(2)} MB; practice: ${cards.toLocaleString()} cards, ${reviewEvents.toLocaleString()} review events\n`,
  );
  for (const r of rows) {
    const verdict = r.median <= r.target ? 'ok' : 'OVER TARGET';
    console.log(
      `${r.name.padEnd(26)} median ${`${r.median.toFixed(1)} ms`.padStart(9)}  ${`${(r.median / r.baseline).toFixed(2)}×`.padStart(6)} of ${r.baselineName} (${r.baseline.toFixed(1)} ms)`,
    );
    console.log(`${''.padEnd(26)} target ≤ ${r.target} ms  (${r.runs} runs)  ${verdict}`);
  }
}
process.exitCode = rows.every((r) => r.median <= r.target) ? 0 : 1;
