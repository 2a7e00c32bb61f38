/** The module a learner's files belong to: its path and language version. */

export interface GoMod {
  modulePath: string | null;
  /** The `go` directive as a -lang value ("go1.22"), or null when absent. */
  lang: string | null;
}

/** Reads the module path and go directive of a go.mod file. */
export function parseGoMod(text: string): GoMod {
  const noComments = text.replace(/\/\/.*$/gm, '');
  const mod = /^\s*module\s+("([^"]+)"|(\S+))/m.exec(noComments);
  const go = /^\s*go\s+(\d+)\.(\d+)/m.exec(noComments);
  return {
    modulePath: mod ? (mod[2] ?? mod[3] ?? null) : null,
    lang: go ? `go${go[1]}.${go[2]}` : null,
  };
}

/**
 * The import path of the learner's root package. A go.mod wins; without one,
 * an external test package (`package foo_test`) usually imports the package
 * under test, which names it; otherwise a stable made-up path is used.
 */
export function inferModulePath(
  goMod: GoMod | null,
  packageName: string,
  externalTestImports: string[],
  isKnownPackage: (path: string) => boolean,
): string {
  if (goMod?.modulePath) return goMod.modulePath;
  const candidates = externalTestImports.filter(
    (p) => !isKnownPackage(p) && (p === packageName || p.endsWith(`/${packageName}`)),
  );
  if (candidates.length === 1 && candidates[0]) return candidates[0];
  return `example.com/${packageName}`;
}
