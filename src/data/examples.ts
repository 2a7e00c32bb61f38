/**
 * Runnable Go examples shown in lessons. Each lives in
 * content/examples/part-NN/<name>/ as main.go plus output.txt, the output the
 * real Go toolchain printed (captured by scripts/capture-examples.mjs and
 * re-checked in CI when `go` is present).
 */
import { padPart } from '../lib/course';

const sources = import.meta.glob<string>('/content/examples/part-*/*/main.go', {
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
  source: string;
  output: string;
  /** The go command whose output is shown, e.g. "go run ." or "go build -gcflags=-m .". */
  command: string;
}

/** The example's source and captured output; throws (failing the build) when either is missing. */
export function getExample(part: number, name: string): GoExample {
  const dir = `/content/examples/part-${padPart(part)}/${name}`;
  const source = sources[`${dir}/main.go`];
  const output = outputs[`${dir}/output.txt`];
  if (source === undefined) throw new Error(`Example not found: ${dir.slice(1)}/main.go`);
  if (output === undefined) {
    throw new Error(`${dir.slice(1)}/output.txt is missing: run npm run examples:capture`);
  }
  const args = argFiles[`${dir}/args.txt`]?.trim().split(/\s+/).join(' ') ?? 'run .';
  return { dir: dir.slice(1), source, output, command: `go ${args}` };
}
