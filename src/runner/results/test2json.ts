/**
 * Test results from a test binary run with -test.v=test2json (the framed
 * stream: each framing line starts with ^V) or from `go test -json` events.
 * The converter follows cmd/internal/test2json so both engines produce the
 * same events, and one collector turns events into TestResult[].
 */
import type { TestResult } from '../types.ts';
import { parseBenchmarkLine } from './benchmarks.ts';

/** One event as `go test -json` prints it (fields the runner uses). */
export interface TestEvent {
  Action: string;
  Test?: string;
  Output?: string;
  /** Seconds, on pass/fail/skip events. */
  Elapsed?: number;
}

const MARKER = '\x16';
const updates = [
  '=== RUN   ',
  '=== PAUSE ',
  '=== CONT  ',
  '=== NAME  ',
  '=== PASS  ',
  '=== FAIL  ',
  '=== SKIP  ',
  '=== ATTR  ',
  '=== ARTIFACTS ',
];
const reports = ['--- PASS: ', '--- FAIL: ', '--- SKIP: ', '--- BENCH: '];

/** Splits at "\n" (kept) and before a ^V that does not start a line, like test2json's indexEOL. */
function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      lines.push(text.slice(start, i + 1));
      start = i + 1;
    } else if (c === MARKER && i > start) {
      lines.push(text.slice(start, i));
      start = i;
    }
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

/** Converts a test binary's -test.v=test2json output into go test -json events. */
export function convertTest2Json(text: string): TestEvent[] {
  const events: TestEvent[] = [];
  let testName = '';
  const report: TestEvent[] = [];
  let needMarker = false;
  let result = '';
  const output = (line: string) => {
    const e: TestEvent = { Action: 'output', Output: line };
    if (testName !== '') e.Test = testName;
    events.push(e);
  };
  const flushReport = (depth: number) => {
    testName = '';
    while (report.length > depth) {
      const e = report.pop();
      if (e) events.push(e);
    }
  };
  events.push({ Action: 'start' });
  for (let line of splitLines(text)) {
    if (line === '') continue;
    let sawMarker = false;
    if (needMarker && !line.startsWith(MARKER)) {
      output(line);
      continue;
    }
    if (line.startsWith(MARKER)) {
      sawMarker = true;
      line = line.slice(1);
    }
    let trim = line.replace(/\r?\n$/, '');
    if (trim === '=== NAME') {
      line = '=== NAME  \n';
      trim = '=== NAME  ';
    }
    if (trim === 'PASS' || trim === 'FAIL' || trim.startsWith('FAIL\t')) {
      flushReport(0);
      needMarker = sawMarker;
      output(line);
      result = trim === 'PASS' ? 'pass' : 'fail';
      continue;
    }
    const origLine = line;
    let indent = 0;
    let ok = updates.some((u) => line.startsWith(u));
    if (!ok) {
      while (line.startsWith('    ')) {
        line = line.slice(4);
        indent++;
      }
      ok = reports.some((r) => line.startsWith(r));
    }
    if (!ok) {
      // Output of a subtest is indented once per level: attribute it to that level.
      if (indent > 0 && indent <= report.length) testName = report[indent - 1]?.Test ?? testName;
      output(origLine);
      continue;
    }
    const rest = line.slice(4);
    const space = rest.indexOf(' ');
    const action = (space < 0 ? rest : rest.slice(0, space)).replace(/:$/, '').toLowerCase();
    let name = (space < 0 ? '' : rest.slice(space + 1)).trim();
    const e: TestEvent = { Action: action };
    if (line.startsWith('-')) {
      const paren = name.indexOf(' (');
      if (paren >= 0) {
        if (name.endsWith('s)')) {
          const secs = Number.parseFloat(name.slice(paren + 2, -2));
          if (!Number.isNaN(secs)) e.Elapsed = secs;
        }
        name = name.slice(0, paren);
      }
      if (report.length < indent) {
        output(origLine);
        continue;
      }
      needMarker = sawMarker;
      flushReport(indent);
      e.Test = name;
      testName = name;
      report.push(e);
      output(origLine);
      continue;
    }
    if (action === 'artifacts' || action === 'attr') name = name.split(' ')[0] ?? name;
    needMarker = sawMarker;
    flushReport(0);
    testName = name;
    if (action === 'name') continue;
    if (name !== '') e.Test = name;
    if (action === 'pause') output(origLine);
    events.push(e);
    if (action !== 'pause') output(origLine);
  }
  // Like test2json's Close: reports still pending when the binary died are not
  // emitted (the collector counts those tests as failed).
  if (result !== '') events.push({ Action: result });
  return events;
}

/** Parses `go test -json` output (one JSON object per line; other lines are ignored). */
export function parseTestJson(text: string): TestEvent[] {
  const events: TestEvent[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      const e = JSON.parse(line) as TestEvent;
      if (typeof e.Action === 'string') events.push(e);
    } catch {
      // go test -json interleaves nothing else, but a truncated last line may not parse.
    }
  }
  return events;
}

const framingLine = /^\s*(=== (RUN|PAUSE|CONT|NAME|PASS|FAIL|SKIP|ATTR|ARTIFACTS)|--- (PASS|FAIL|SKIP|BENCH): )/;

/**
 * Per-test results in the order tests started. A test that started but never
 * reported (the binary crashed or was stopped) counts as failed. Benchmarks
 * are the exception go test makes: one that succeeds prints a result line but
 * no "--- PASS". So a benchmark that printed its result, or that was still
 * open when the whole run reported its PASS or FAIL (a parent of
 * sub-benchmarks), succeeded and is left out: its numbers are in the
 * benchmark results. A failed or skipped one is listed like a test.
 */
export function collectTestResults(events: TestEvent[], timedOutAfterMs?: number): TestResult[] {
  const byName = new Map<string, TestResult & { done: boolean }>();
  const get = (name: string) => {
    let r = byName.get(name);
    if (!r) {
      r = { name, status: 'fail', output: '', elapsedMs: 0, done: false };
      byName.set(name, r);
    }
    return r;
  };
  for (const e of events) {
    if (!e.Test) continue;
    const r = get(e.Test);
    if (e.Action === 'output' && e.Output !== undefined && !framingLine.test(e.Output)) {
      r.output += e.Output;
      if (e.Test.startsWith('Benchmark') && parseBenchmarkLine(e.Test, e.Output)) {
        r.status = 'pass';
        r.done = true;
      }
    } else if (e.Action === 'pass' || e.Action === 'fail' || e.Action === 'skip') {
      r.status = e.Action;
      r.elapsedMs = Math.round((e.Elapsed ?? 0) * 1000);
      r.done = true;
    }
  }
  const runEnded = events.some((e) => e.Test === undefined && (e.Action === 'pass' || e.Action === 'fail'));
  // The deadline stopped the binary: a test still running says so, rather than "failed in 0 ms".
  if (timedOutAfterMs !== undefined) {
    const seconds = Math.round(timedOutAfterMs / 100) / 10;
    for (const r of byName.values()) {
      if (r.done || r.name.startsWith('Benchmark')) continue;
      r.output += `${r.output === '' || r.output.endsWith('\n') ? '' : '\n'}did not finish within ${seconds} s: the time limit stopped the test binary while this test was running\n`;
      r.elapsedMs = timedOutAfterMs;
    }
  }
  return [...byName.values()]
    .filter((r) => !(r.name.startsWith('Benchmark') && (r.done ? r.status === 'pass' : runEnded)))
    .map(({ done: _done, ...r }) => r);
}

/** The text `go test -v` would have shown: every output event, in order. */
export function eventsOutput(events: TestEvent[]): string {
  return events.map((e) => (e.Action === 'output' ? (e.Output ?? '') : '')).join('');
}
