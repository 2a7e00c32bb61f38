/**
 * Runnable Go examples shown in lessons. Each lives in
 * content/examples/part-NN/<name>/: its .go files (main.go for a program,
 * *_test.go for tests), optional args.txt (the go command's arguments when it
 * is not `go run .`) and output.txt, what the real Go toolchain printed
 * (captured by `npm run examples:capture`, re-checked in CI when go is present).
 */
import { padPart } from '../lib/course';

const goFiles = import.meta.glob<string>('/content/examples/part-*/*/*.go', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const outputs = import.meta.glob<string>('/content/examples/part-*/*/output.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const argFiles = import.meta.glob<string>('/content/examples/part-*/*/args.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export interface GoExample {
  dir: string;
  /** main.go, or the first file of the example when it has no main.go. */
  source: string;
  /** Every .go file of the example, by file name, in name order. */
  files: Record<string, string>;
  output: string;
  /** The go command whose output is shown, e.g. "go run ." or "go test -v .". */
  command: string;
}

/** The example's files and captured output; throws (failing the build) when either is missing. */
export function getExample(part: number, name: string): GoExample {
  const dir = `/content/examples/part-${padPart(part)}/${name}`;
  const files = Object.fromEntries(
    Object.entries(goFiles)
      .filter(([path]) => path.startsWith(`${dir}/`))
      .map(([path, text]) => [path.slice(dir.length + 1), text] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  const names = Object.keys(files);
  if (names.length === 0) throw new Error(`Example not found: ${dir.slice(1)}/ has no .go files`);
  const output = outputs[`${dir}/output.txt`];
  if (output === undefined) {
    throw new Error(`${dir.slice(1)}/output.txt is missing: run npm run examples:capture`);
  }
  const args = argFiles[`${dir}/args.txt`]?.trim().split(/\s+/).join(' ') ?? 'run .';
  const source = files['main.go'] ?? files[names[0] ?? ''] ?? '';
  return { dir: dir.slice(1), source, files, output, command: `go ${args}` };
}

/**
 * The files an Example shows: the comma-separated `show` list in that order,
 * or main.go (else every file) by default. Throws on a name the example lacks.
 */
export function shownFiles(example: GoExample, show?: string): [string, string][] {
  const wanted = show
    ? show
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : 'main.go' in example.files
      ? ['main.go']
      : Object.keys(example.files);
  return wanted.map((name) => {
    const text = example.files[name];
    if (text === undefined)
      throw new Error(`${example.dir}: show="${show}" names ${name}, which is not in the example`);
    return [name, text];
  });
}
