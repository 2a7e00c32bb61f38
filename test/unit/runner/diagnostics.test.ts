import { describe, expect, it } from 'vitest';
import { formatDiagnostics, parseDiagnostics, uniqueDiagnostics } from '../../../src/runner/results/diagnostics.ts';

const compilerOutput = `# example.com/hello
./main.go:5:2: "os" imported and not used
./main.go:9:2: declared and not used: x
./main.go:12:9: cannot use s (variable of type string) as int value in return statement
./main.go:14:3: impossible type assertion: r.(T)
	T does not implement io.Reader (missing method Read)
./util.go:3: some error without a column
./main.go:20:1: too many errors
`;

describe('parseDiagnostics', () => {
  it('returns every file:line:col: message line, not just the first', () => {
    const list = parseDiagnostics(compilerOutput);
    expect(list).toHaveLength(6);
    expect(list[0]).toEqual({ file: './main.go', line: 5, column: 2, message: '"os" imported and not used' });
  });

  it('joins indented continuation lines to the message above them', () => {
    const list = parseDiagnostics(compilerOutput);
    expect(list[3]?.message).toBe(
      'impossible type assertion: r.(T)\nT does not implement io.Reader (missing method Read)',
    );
  });

  it('accepts a position without a column, reported as column 0', () => {
    expect(parseDiagnostics(compilerOutput)[4]).toMatchObject({ file: './util.go', line: 3, column: 0 });
  });

  it('maps printed paths back to the learner file names', () => {
    const list = parseDiagnostics('/tmp/go-build123/internal/x/x.go:1:2: bad\n./main.go:2:3: worse\n', (f) =>
      f.replace(/^\/tmp\/go-build123\//, '').replace(/^\.\//, ''),
    );
    expect(list.map((d) => d.file)).toEqual(['internal/x/x.go', 'main.go']);
  });

  it('ignores lines that are not diagnostics', () => {
    expect(parseDiagnostics('# example.com/x\nFAIL\texample.com/x [build failed]\n')).toEqual([]);
  });
});

describe('uniqueDiagnostics', () => {
  it('drops exact repeats and keeps order', () => {
    const d = { file: 'a.go', line: 1, column: 1, message: 'm' };
    expect(uniqueDiagnostics([d, { ...d, line: 2 }, { ...d }])).toEqual([d, { ...d, line: 2 }]);
  });
});

describe('formatDiagnostics', () => {
  it('prints diagnostics the way the compiler does', () => {
    expect(formatDiagnostics([{ file: 'a.go', line: 3, column: 7, message: 'undefined: x' }])).toBe(
      'a.go:3:7: undefined: x\n',
    );
  });
});
