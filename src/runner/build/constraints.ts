/**
 * Which files the go command would build for js/wasm: file-name suffixes
 * (`_linux.go`, `_amd64_test.go`) and `//go:build` expressions, evaluated the
 * way go/build does for the runner's target.
 */

const knownOS = new Set(
  'aix android darwin dragonfly freebsd hurd illumos ios js linux nacl netbsd openbsd plan9 solaris wasip1 windows zos'.split(
    ' ',
  ),
);
const knownArch = new Set(
  '386 amd64 amd64p32 arm armbe arm64 arm64be loong64 mips mipsle mips64 mips64le mips64p32 mips64p32le ppc ppc64 ppc64le riscv riscv64 s390 s390x sparc sparc64 wasm'.split(
    ' ',
  ),
);

/** The build context of the runner: tags that are true besides the go1.N release tags. */
export interface BuildTarget {
  goos: string;
  goarch: string;
  /** Minor version of the Go release (26 for go1.26): go1.1 … go1.26 are satisfied. */
  goMinor: number;
}

function matchTag(tag: string, t: BuildTarget): boolean {
  if (tag === t.goos || tag === t.goarch || tag === 'gc') return true;
  const m = /^go1\.(\d+)$/.exec(tag);
  return m !== null && Number(m[1]) <= t.goMinor;
}

/** Reports whether a file name is built for the target, as go/build's goodOSArchFile decides. */
export function fileNameMatches(fileName: string, t: BuildTarget): boolean {
  const base = fileName.slice(fileName.lastIndexOf('/') + 1).replace(/\.go$/, '');
  const i = base.indexOf('_');
  if (i < 0) return true;
  const parts = base.slice(i).split('_');
  if (parts[parts.length - 1] === 'test') parts.pop();
  const last = parts[parts.length - 1] ?? '';
  const prev = parts[parts.length - 2] ?? '';
  if (parts.length >= 2 && knownOS.has(prev) && knownArch.has(last)) return matchTag(prev, t) && matchTag(last, t);
  if (knownOS.has(last) || knownArch.has(last)) return matchTag(last, t);
  return true;
}

/**
 * Evaluates a `//go:build` expression for the target. A malformed expression
 * counts as satisfied so the compiler, not the runner, reports the file's problems.
 */
export function constraintMatches(expr: string, t: BuildTarget): boolean {
  const tokens = expr.match(/&&|\|\||[!()]|[\p{L}\p{Nd}_.]+/gu) ?? [];
  let pos = 0;
  const peek = () => tokens[pos];
  const or = (): boolean => {
    let v = and();
    while (peek() === '||') {
      pos++;
      v = and() || v;
    }
    return v;
  };
  const and = (): boolean => {
    let v = not();
    while (peek() === '&&') {
      pos++;
      v = not() && v;
    }
    return v;
  };
  const not = (): boolean => {
    const tok = tokens[pos++];
    if (tok === '!') return !not();
    if (tok === '(') {
      const v = or();
      if (tokens[pos++] !== ')') throw new Error('missing )');
      return v;
    }
    if (tok === undefined || /^(&&|\|\||\))$/.test(tok)) throw new Error('unexpected token');
    return matchTag(tok, t);
  };
  try {
    const v = or();
    return pos === tokens.length ? v : true;
  } catch {
    return true;
  }
}
