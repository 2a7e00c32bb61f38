import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  collectTestResults,
  convertTest2Json,
  eventsOutput,
  parseTestJson,
  type TestEvent,
} from '../../../src/runner/results/test2json.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** go tool test2json's events without the fields the runner does not produce. */
function reference(name: string): TestEvent[] {
  return parseTestJson(fixture(name)).map((e) => {
    const out: TestEvent = { Action: e.Action };
    if (e.Test !== undefined) out.Test = e.Test;
    if (e.Output !== undefined) out.Output = e.Output;
    return out;
  });
}

const withoutElapsed = (events: TestEvent[]) => events.map(({ Elapsed: _e, ...rest }) => rest);

describe('convertTest2Json', () => {
  it('produces the same events as go tool test2json for passes, failures, skips, subtests, parallel tests and examples', () => {
    const stream = fixture('test2json-mixed.stream.txt');
    expect(withoutElapsed(convertTest2Json(stream))).toEqual(reference('test2json-mixed.events.jsonl'));
  });

  it('produces the same events as go tool test2json when a subtest panics and the binary dies', () => {
    const stream = fixture('test2json-panic.stream.txt');
    expect(withoutElapsed(convertTest2Json(stream))).toEqual(reference('test2json-panic.events.jsonl'));
  });

  it('reads the elapsed seconds from --- PASS lines', () => {
    const events = convertTest2Json('\x16=== RUN   TestA\n\x16--- PASS: TestA (1.25s)\n\x16PASS\n');
    expect(events.find((e) => e.Action === 'pass' && e.Test === 'TestA')?.Elapsed).toBe(1.25);
  });

  it('ends with a package-level fail event after the final FAIL line', () => {
    const events = convertTest2Json('\x16=== RUN   TestA\n\x16--- FAIL: TestA (0.00s)\n\x16FAIL\n');
    expect(events.at(-1)).toEqual({ Action: 'fail' });
  });
});

describe('collectTestResults', () => {
  it('reports each test and subtest with status, its own output and elapsed time', () => {
    const results = collectTestResults(convertTest2Json(fixture('test2json-mixed.stream.txt')));
    const byName = Object.fromEntries(results.map((r) => [r.name, r]));
    expect(results.map((r) => r.name)).toEqual([
      'TestPass',
      'TestFail',
      'TestSkip',
      'TestSub',
      'TestSub/one',
      'TestSub/one/deep',
      'TestSub/two',
      'TestSub/two/deep',
      'TestParallel',
      'TestParallel/p0',
      'TestParallel/p1',
      'TestParallel/p2',
      'TestPrint',
      'ExampleHello',
      'ExampleBad',
    ]);
    expect(byName['TestPass']).toMatchObject({ status: 'pass', output: '    t2j_test.go:8: a log line\n' });
    expect(byName['TestFail']).toMatchObject({
      status: 'fail',
      output: '    t2j_test.go:11: got 1, want 2\n    t2j_test.go:12: multi\n        line\n',
    });
    expect(byName['TestSkip']?.status).toBe('skip');
    expect(byName['TestSub/two/deep']).toMatchObject({
      status: 'fail',
      output: expect.stringContaining('deep failure'),
    });
    expect(byName['TestSub/one']?.status).toBe('pass');
    expect(byName['TestParallel/p1']).toMatchObject({ status: 'pass', output: expect.stringContaining('parallel 1') });
    expect(byName['TestPrint']?.output).toContain('printed to stdout');
    expect(byName['ExampleBad']).toMatchObject({ status: 'fail', output: expect.stringContaining('want:\nexpected') });
  });

  it('counts a test that started but never reported as failed, keeping the panic in its output', () => {
    const results = collectTestResults(convertTest2Json(fixture('test2json-panic.stream.txt')));
    const panicking = results.find((r) => r.name === 'TestPanics');
    expect(panicking).toMatchObject({
      status: 'fail',
      output: expect.stringContaining('panic: assignment to entry in nil map'),
    });
    expect(results.find((r) => r.name === 'TestOK')?.status).toBe('pass');
    expect(results.some((r) => r.name === 'TestNeverRuns')).toBe(false);
  });

  it('says a test still running at the deadline did not finish in time, instead of failing it in 0 ms', () => {
    const stream = '=== RUN   TestFast\n--- PASS: TestFast (0.00s)\n=== RUN   TestHangs\n    hang_test.go:9: waiting\n';
    const results = collectTestResults(convertTest2Json(stream), 10_000);
    expect(results.find((r) => r.name === 'TestFast')).toMatchObject({ status: 'pass', output: '' });
    expect(results.find((r) => r.name === 'TestHangs')).toEqual({
      name: 'TestHangs',
      status: 'fail',
      output:
        '    hang_test.go:9: waiting\ndid not finish within 10 s: the time limit stopped the test binary while this test was running\n',
      elapsedMs: 10_000,
    });
    // Without a deadline (a crash), an unfinished test keeps its own output only.
    expect(collectTestResults(convertTest2Json(stream)).find((r) => r.name === 'TestHangs')?.output).toBe(
      '    hang_test.go:9: waiting\n',
    );
  });

  it('gives the same results from go test -json lines as from the raw stream', () => {
    const fromJson = collectTestResults(parseTestJson(fixture('test2json-mixed.events.jsonl')));
    const fromStream = collectTestResults(convertTest2Json(fixture('test2json-mixed.stream.txt')));
    expect(fromJson.map(({ elapsedMs: _e, ...r }) => r)).toEqual(fromStream.map(({ elapsedMs: _e, ...r }) => r));
  });
});

describe('parseTestJson', () => {
  it('skips lines that are not JSON events, such as a truncated last line', () => {
    expect(parseTestJson('{"Action":"run","Test":"TestA"}\nnot json\n{"Action":"pa')).toEqual([
      { Action: 'run', Test: 'TestA' },
    ]);
  });
});

describe('eventsOutput', () => {
  it('rebuilds what go test -v prints, without the ^V framing markers', () => {
    const text = eventsOutput(convertTest2Json(fixture('test2json-mixed.stream.txt')));
    expect(text).not.toContain('\x16');
    expect(text).toContain('=== RUN   TestPass\n    t2j_test.go:8: a log line\n--- PASS: TestPass (0.00s)\n');
    expect(text.endsWith('FAIL\n')).toBe(true);
  });
});
