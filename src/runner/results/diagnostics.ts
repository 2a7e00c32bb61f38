/** Compiler and linker messages as Diagnostic[], with file names the learner recognises. */
import type { Diagnostic } from '../types.ts';

const located = /^(.+?\.go):(\d+)(?::(\d+))?: (.*)$/;

/**
 * Parses every `file:line:col: message` line (column optional). Indented
 * continuation lines (e.g. "\thave (int)\n\twant (string)") join the message
 * before them. `# pkg` headers and "too many errors" are dropped. mapFile turns
 * the printed name into the learner's file name.
 */
export function parseDiagnostics(text: string, mapFile: (printed: string) => string = (f) => f): Diagnostic[] {
  const out: Diagnostic[] = [];
  let last: Diagnostic | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    const m = located.exec(line);
    if (m) {
      last = {
        file: mapFile(m[1] ?? ''),
        line: Number(m[2]),
        column: m[3] === undefined ? 0 : Number(m[3]),
        message: m[4] ?? '',
      };
      out.push(last);
    } else if (last && /^\s/.test(line) && line.trim() !== '') {
      last.message += `\n${line.trim()}`;
    } else {
      last = undefined;
    }
  }
  return out;
}

/** Removes diagnostics that repeat the same position and message (go build prints some twice). */
export function uniqueDiagnostics(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.file}:${d.line}:${d.column}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Formats diagnostics the way the compiler prints them, for stderr. */
export function formatDiagnostics(list: Diagnostic[]): string {
  return list.map((d) => `${d.file}:${d.line}${d.column > 0 ? `:${d.column}` : ''}: ${d.message}\n`).join('');
}
