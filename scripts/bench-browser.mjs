// Where the learner waits for the Go runner, measured in Chromium against the
// built site on a static server with real cache headers and compression
// (scripts/lib/static-server.mjs). One browser profile on disk, as a learner's:
//
//   cold      first visit, empty caches: download + compile + link + run
//   warm      the same playground's second Run (the baseline of every ratio)
//   reload    the same lesson reloaded, first Run (files in Cache Storage)
//   settled   reloaded again after a pause, first Run (V8 has had time to
//             write its wasm code cache)
//   next      another lesson, first Run pressed as soon as the editor shows
//   read      a third lesson, first Run pressed after 3 s on the page (the
//             page builds its first playground while the learner reads)
//
// Each row prints its time, its ratio to the warm Run measured in this same
// run, and the bytes the server put on the wire. Targets (issue 12): first Run
// after a reload <= 1.0 s and <= 2x warm; cold <= 4 s.
//
//   npm run build && npm run bench:browser [-- --runs 3]
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, QUIET_FLAGS } from './lib/chromium.mjs';
import { serveStatic } from './lib/static-server.mjs';

const LESSON = 'lessons/mental-model-of-go/';
const NEXT_LESSON = 'lessons/syntax-values-types/';
const THIRD_LESSON = 'lessons/slices-maps-strings/';
const READING_MS = 3000;
const SETTLE_MS = 8000;
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 1;

if (!existsSync('dist/index.html')) {
  console.error('bench:browser measures the built site: run `npm run build` first.');
  process.exit(1);
}

const server = await serveStatic('dist');
const rows = [];
for (let i = 0; i < runs; i++) rows.push(await measure());
await server.close();
report(rows);

/** One learner's profile from empty to every phase. */
async function measure() {
  const profile = mkdtempSync(join(tmpdir(), 'bench-browser-'));
  const executablePath = chromiumPath();
  const context = await chromium.launchPersistentContext(profile, {
    headless: true,
    args: QUIET_FLAGS,
    viewport: { width: 1280, height: 900 },
    ...(executablePath ? { executablePath } : {}),
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const phase = async (/** @type {string} */ name, /** @type {() => Promise<void>} */ navigate) => {
    server.reset();
    await navigate();
    const ms = await firstRun(page);
    return { name, ms, bytes: server.bytes() };
  };
  try {
    const result = [];
    result.push(await phase('cold', () => open(page, LESSON)));
    result.push(await phase('warm', async () => undefined));
    result.push(await phase('reload', () => reload(page)));
    await page.waitForTimeout(SETTLE_MS);
    result.push(await phase('settled', () => reload(page)));
    result.push(await phase('next', () => open(page, NEXT_LESSON)));
    result.push(
      await phase('read', async () => {
        await open(page, THIRD_LESSON);
        await page.waitForTimeout(READING_MS);
      }),
    );
    return result;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** @param {import('playwright-core').Page} page @param {string} path */
async function open(page, path) {
  await page.goto(new URL(path, server.url).href);
  await ready(page);
}

/** @param {import('playwright-core').Page} page */
async function reload(page) {
  await page.reload();
  await ready(page);
}

/** The first playground, scrolled into view so it hydrates, with its editor shown. */
async function ready(/** @type {import('playwright-core').Page} */ page) {
  const playground = page.locator('section.playground').first();
  await playground.scrollIntoViewIfNeeded();
  await playground.locator('.cm-content').waitFor();
}

/** Milliseconds from pressing Run to the program's result being shown. */
async function firstRun(/** @type {import('playwright-core').Page} */ page) {
  const playground = page.locator('section.playground').first();
  const run = playground.getByRole('button', { name: 'Run', exact: true });
  const started = performance.now();
  await run.click();
  // The button reads "Running…" until the result is shown, then "Run" again.
  await playground.getByRole('button', { name: 'Running…' }).waitFor({ timeout: 10_000 });
  await run.waitFor({ timeout: 180_000 });
  const ms = performance.now() - started;
  const text = (await playground.locator('.run-summary').first().textContent()) ?? '';
  if (!/exited normally/.test(text)) throw new Error(`the run did not succeed: ${text}`);
  return ms;
}

/** @param {{ name: string, ms: number, bytes: number }[][]} all */
function report(all) {
  const median = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  const names = all[0]?.map((r) => r.name) ?? [];
  const of = (/** @type {string} */ name, /** @type {'ms' | 'bytes'} */ key) =>
    median(all.map((rows) => rows.find((r) => r.name === name)?.[key] ?? NaN));
  const warm = of('warm', 'ms');
  console.log(`bench:browser — ${all.length} profile(s), medians; ratios to the warm Run of the same run`);
  console.log('phase      first Run   × warm   on the wire');
  for (const name of names) {
    const ms = of(name, 'ms');
    const mb = of(name, 'bytes') / 1e6;
    console.log(
      `${name.padEnd(9)}  ${(ms / 1000).toFixed(2).padStart(7)} s  ${(ms / warm).toFixed(2).padStart(6)}×  ${mb.toFixed(2).padStart(8)} MB`,
    );
  }
  const reloadMs = Math.max(of('reload', 'ms'), of('settled', 'ms'), of('read', 'ms'));
  const verdict = (/** @type {boolean} */ ok) => (ok ? 'ok' : 'over');
  console.log(
    `targets: first Run after a reload or on a lesson being read ${(reloadMs / 1000).toFixed(2)} s ≤ 1.0 s ${verdict(reloadMs <= 1000)}, ` +
      `${(reloadMs / warm).toFixed(2)}× ≤ 2× warm ${verdict(reloadMs <= 2 * warm)}; cold ${(of('cold', 'ms') / 1000).toFixed(2)} s ≤ 4 s ${verdict(of('cold', 'ms') <= 4000)}`,
  );
}
