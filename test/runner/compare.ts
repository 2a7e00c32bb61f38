/**
 * Compares a RunResult with a case expectation and describes every mismatch
 * as got vs want, so a failing case says what the runner did wrong.
 */
import type { BenchmarkResult, Diagnostic, RunResult, TestResult } from '../../src/runner/types.ts';
import type { Expectation } from './case-schema.ts';

/** Every way `result` differs from `want`; empty when it conforms. */
export function mismatches(result: RunResult, want: Expectation): string[] {
  const out: string[] = [];
  const same = (field: string, got: unknown, wanted: unknown) => {
    if (got !== wanted) out.push(gotWant(field, got, wanted));
  };

  same('status', result.status, want.status);
  if (want.exitCode !== undefined) same('exitCode', result.exitCode, want.exitCode);
  same('truncated', result.truncated, want.truncated ?? false);

  if (want.stdout !== undefined && result.stdout !== want.stdout)
    out.push(textMismatch('stdout', result.stdout, want.stdout));
  for (const s of want.stdoutContains ?? []) {
    if (!result.stdout.includes(s))
      out.push(gotWant('stdout (contains)', clip(result.stdout), `…${JSON.stringify(s)}…`));
  }
  if (want.stdoutMatches !== undefined && !new RegExp(want.stdoutMatches).test(result.stdout)) {
    out.push(gotWant('stdout (matches)', clip(result.stdout), `/${want.stdoutMatches}/`));
  }
  if (want.stderr !== undefined && result.stderr !== want.stderr)
    out.push(textMismatch('stderr', result.stderr, want.stderr));
  for (const s of want.stderrContains ?? []) {
    if (!result.stderr.includes(s))
      out.push(gotWant('stderr (contains)', clip(result.stderr), `…${JSON.stringify(s)}…`));
  }
  for (const s of want.stderrExcludes ?? []) {
    if (result.stderr.includes(s))
      out.push(gotWant('stderr (excludes)', clip(result.stderr), `no ${JSON.stringify(s)}`));
  }

  if (want.tests !== undefined) out.push(...testMismatches(result.tests, want));
  if (want.benchmarks !== undefined) out.push(...benchmarkMismatches(result.benchmarks, want.benchmarks));
  const wantDiagnostics = want.diagnostics ?? [];
  const got = sortDiagnostics(result.diagnostics).map(formatDiagnostic);
  const wanted = sortDiagnostics(wantDiagnostics).map(formatDiagnostic);
  if (got.join('\n') !== wanted.join('\n')) out.push(gotWant('diagnostics', got.join('\n'), wanted.join('\n')));
  return out;
}

function testMismatches(tests: TestResult[], want: Expectation): string[] {
  const out: string[] = [];
  const wanted = want.tests ?? [];
  const byName = new Map(tests.map((t) => [t.name, t]));
  const summary = (list: { name: string; status: string }[]) =>
    list
      .map((t) => `${t.name}: ${t.status}`)
      .sort()
      .join('\n');
  const gotSummary = summary(tests);
  const listed = new Set(wanted.map((t) => t.name));
  const relevant = want.testsMatch === 'listed' ? tests.filter((t) => listed.has(t.name)) : tests;
  if (summary(relevant) !== summary(wanted)) out.push(gotWant('tests', gotSummary, summary(wanted)));
  for (const w of wanted) {
    const t = byName.get(w.name);
    for (const s of w.outputContains ?? []) {
      if (t && !t.output.includes(s))
        out.push(gotWant(`tests[${w.name}].output (contains)`, t.output, `…${JSON.stringify(s)}…`));
    }
  }
  return out;
}

function benchmarkMismatches(got: BenchmarkResult[], wanted: NonNullable<Expectation['benchmarks']>): string[] {
  const out: string[] = [];
  const names = (list: { name: string }[]) => list.map((b) => b.name).join('\n');
  if (names(got) !== names(wanted)) out.push(gotWant('benchmarks', names(got), names(wanted)));
  for (const w of wanted) {
    const g = got.find((b) => b.name === w.name);
    if (!g) continue;
    for (const key of ['iterations', 'bytesPerOp', 'allocsPerOp'] as const) {
      if (w[key] !== undefined && g[key] !== w[key]) out.push(gotWant(`benchmarks[${w.name}].${key}`, g[key], w[key]));
    }
    for (const [unit, value] of Object.entries(w.metrics ?? {})) {
      if (g.metrics[unit] !== value)
        out.push(gotWant(`benchmarks[${w.name}].metrics[${unit}]`, g.metrics[unit], value));
    }
  }
  return out;
}

function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.message}`;
}

/** Points at the first differing line, then shows both texts in full (clipped when huge). */
function textMismatch(field: string, got: string, want: string): string {
  const g = got.split('\n');
  const w = want.split('\n');
  let i = 0;
  while (i < g.length && i < w.length && g[i] === w[i]) i++;
  const line = (l: string[]) =>
    i < l.length ? JSON.stringify(l[i] + (i < l.length - 1 ? '\n' : '')) : '(end of output)';
  const first = `${field} differs at line ${i + 1}\n    got:  ${line(g)}\n    want: ${line(w)}`;
  if (!got.slice(0, -1).includes('\n') && !want.slice(0, -1).includes('\n')) return first;
  return `${first}\n  ${gotWant(`full ${field}`, clip(got), clip(want))}`;
}

function gotWant(field: string, got: unknown, want: unknown): string {
  return `${field}\n    got:  ${show(got)}\n    want: ${show(want)}`;
}

function show(v: unknown): string {
  if (typeof v !== 'string') return JSON.stringify(v);
  if (!v.includes('\n')) return JSON.stringify(v);
  return '\n' + v.replace(/^/gm, '      | ');
}

/** Long output is shown by its start and end: the middle rarely explains a failure. */
function clip(s: string, keep = 1500): string {
  return s.length <= keep * 2 ? s : `${s.slice(0, keep)}\n… (${s.length - keep * 2} chars elided) …\n${s.slice(-keep)}`;
}
