/**
 * //go:embed support: resolves a package's embed patterns against the
 * learner's files the way the go command does (cmd/go/internal/load's
 * resolveEmbed) and writes the -embedcfg file the compiler reads. Pure: the
 * "file system" is the list of file names the learner gave.
 */
import type { Diagnostic } from '../types.ts';

/** One pattern of a //go:embed line, with where it appeared (for error positions). */
export interface EmbedPattern {
  pattern: string;
  file: string;
  line: number;
  column: number;
}

/** What the compiler's -embedcfg holds: files per pattern, and where each file is on disk. */
export interface EmbedConfig {
  Patterns: Record<string, string[]>;
  Files: Record<string, string>;
}

export type EmbedResult =
  { ok: true; files: string[]; patterns: Record<string, string[]> } | { ok: false; pattern: string; message: string };

type Tree = Map<string, Tree | 'file'>;

/** The learner's files as a directory tree rooted at the module root. */
export function fileTree(names: Iterable<string>): Tree {
  const root: Tree = new Map();
  for (const name of names) {
    const parts = name.split('/');
    let dir = root;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) {
        if (!dir.has(part)) dir.set(part, 'file');
        return;
      }
      let next = dir.get(part);
      if (next === undefined || next === 'file') {
        next = new Map();
        dir.set(part, next);
      }
      dir = next;
    });
  }
  return root;
}

function lookup(tree: Tree, path: string): Tree | 'file' | undefined {
  let node: Tree | 'file' | undefined = tree;
  for (const part of path.split('/')) {
    if (part === '') continue;
    if (node === undefined || node === 'file') return undefined;
    node = node.get(part);
  }
  return node;
}

class BadPattern extends Error {}

/** path.Match: does name match the shell pattern? Throws BadPattern for a malformed pattern. */
export function pathMatch(pattern: string, name: string): boolean {
  const runes = (s: string) => Array.from(s);
  return matchRunes(runes(pattern), runes(name));
}

function matchRunes(pattern: string[], name: string[]): boolean {
  let p = pattern;
  let n = name;
  outer: while (p.length > 0) {
    const { star, chunk, rest } = scanChunk(p);
    p = rest;
    if (star && chunk.length === 0) return !n.includes('/');
    const t = matchChunk(chunk, n);
    if (t !== null && (t.length === 0 || p.length > 0)) {
      n = t;
      continue;
    }
    if (star) {
      for (let i = 0; i < n.length && n[i] !== '/'; i++) {
        const t2 = matchChunk(chunk, n.slice(i + 1));
        if (t2 !== null) {
          if (p.length === 0 && t2.length > 0) continue;
          n = t2;
          continue outer;
        }
      }
    }
    // Before reporting no match, check that the rest of the pattern is well formed.
    while (p.length > 0) {
      const next = scanChunk(p);
      p = next.rest;
      matchChunk(next.chunk, []);
    }
    return false;
  }
  return n.length === 0;
}

function scanChunk(pattern: string[]): { star: boolean; chunk: string[]; rest: string[] } {
  let p = pattern;
  let star = false;
  while (p.length > 0 && p[0] === '*') {
    p = p.slice(1);
    star = true;
  }
  let inRange = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') {
      if (i + 1 < p.length) i++;
    } else if (c === '[') inRange = true;
    else if (c === ']') inRange = false;
    else if (c === '*' && !inRange) return { star, chunk: p.slice(0, i), rest: p.slice(i) };
  }
  return { star, chunk: p, rest: [] };
}

/** Matches a star-free chunk at the start of s: the rest of s, or null. Checks the whole chunk's syntax. */
function matchChunk(chunk: string[], s: string[]): string[] | null {
  let c = chunk;
  let rest = s;
  let failed = false;
  while (c.length > 0) {
    failed ||= rest.length === 0;
    const head = c[0];
    if (head === '[') {
      let r = '';
      if (!failed) {
        r = rest[0] ?? '';
        rest = rest.slice(1);
      }
      c = c.slice(1);
      let negated = false;
      if (c[0] === '^') {
        negated = true;
        c = c.slice(1);
      }
      let match = false;
      let nrange = 0;
      for (;;) {
        if (c.length > 0 && c[0] === ']' && nrange > 0) {
          c = c.slice(1);
          break;
        }
        const lo = getEsc(c);
        c = lo.rest;
        let hi = lo.r;
        if (c[0] === '-') {
          const h = getEsc(c.slice(1));
          hi = h.r;
          c = h.rest;
        }
        const cp = r.codePointAt(0) ?? -1;
        match ||= (lo.r.codePointAt(0) ?? 0) <= cp && cp <= (hi.codePointAt(0) ?? 0);
        nrange++;
      }
      failed ||= match === negated;
    } else if (head === '?') {
      if (!failed) {
        failed = rest[0] === '/';
        rest = rest.slice(1);
      }
      c = c.slice(1);
    } else {
      if (head === '\\') {
        c = c.slice(1);
        if (c.length === 0) throw new BadPattern();
      }
      if (!failed) {
        failed = c[0] !== rest[0];
        rest = rest.slice(1);
      }
      c = c.slice(1);
    }
  }
  return failed ? null : rest;
}

function getEsc(chunk: string[]): { r: string; rest: string[] } {
  let c = chunk;
  if (c.length === 0 || c[0] === '-' || c[0] === ']') throw new BadPattern();
  if (c[0] === '\\') {
    c = c.slice(1);
    if (c.length === 0) throw new BadPattern();
  }
  const r = c[0] ?? '';
  const rest = c.slice(1);
  if (rest.length === 0) throw new BadPattern();
  return { r, rest };
}

/** io/fs.ValidPath. */
function validPath(name: string): boolean {
  if (name === '.') return true;
  return name.split('/').every((e) => e !== '' && e !== '.' && e !== '..');
}

const badWindowsNames = new Set([
  'CON',
  'PRN',
  'AUX',
  'NUL',
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((i) => [`COM${i}`, `LPT${i}`]),
]);

/** Whether a file name could not be part of a module zip (module.CheckFilePath), or is a VCS directory. */
export function isBadEmbedName(name: string): boolean {
  if (['', '.bzr', '.hg', '.git', '.svn'].includes(name)) return true;
  if (/^\.*$/.test(name) || name.endsWith('.')) return true;
  for (const ch of name) {
    const ascii = ch.length === 1 && ch.charCodeAt(0) < 0x80;
    if (ascii ? !/[0-9A-Za-z!#$%&()+,\-.=@[\]^_{}~ ]/.test(ch) : !/\p{L}/u.test(ch)) return true;
  }
  const short = name.includes('.') ? name.slice(0, name.indexOf('.')) : name;
  return badWindowsNames.has(short.toUpperCase());
}

const hasMeta = (s: string) => /[*?[\\]/.test(s);

/** filepath.Glob over the tree, relative to dir: matching paths (files and directories), sorted per level. */
function glob(tree: Tree, dir: string, pattern: string): string[] {
  let matches = [''];
  for (const elem of pattern.split('/')) {
    const next: string[] = [];
    for (const m of matches) {
      const node = lookup(tree, `${dir}/${m}`);
      if (node === undefined || node === 'file') continue;
      const join = (child: string) => (m === '' ? child : `${m}/${child}`);
      if (!hasMeta(elem)) {
        if (node.has(elem)) next.push(join(elem));
        continue;
      }
      for (const child of [...node.keys()].sort()) if (pathMatch(elem, child)) next.push(join(child));
    }
    matches = next;
  }
  return matches;
}

/**
 * Resolves the patterns of one package (directory pkgDir of the tree, "" for
 * the root) to the files they embed, with go's rules: a directory embeds its
 * files recursively except those starting with "." or "_" (unless the pattern
 * starts with "all:"), names that cannot be in a module are refused, and a
 * pattern must match something. The first problem ends it, like go.
 */
export function resolveEmbed(tree: Tree, pkgDir: string, patterns: string[]): EmbedResult {
  const pmap: Record<string, string[]> = {};
  const all = new Set<string>();
  for (const pattern of patterns) {
    const fail = (message: string): EmbedResult => ({ ok: false, pattern, message });
    const includeHidden = pattern.startsWith('all:');
    const g = includeHidden ? pattern.slice(4) : pattern;
    let matched: string[];
    try {
      pathMatch(g, '');
      if (g === '.' || !validPath(g)) return fail('invalid pattern syntax');
      matched = glob(tree, pkgDir, g);
    } catch (err) {
      if (err instanceof BadPattern) return fail('invalid pattern syntax');
      throw err;
    }
    const list: string[] = [];
    const add = (rel: string) => {
      if (!list.includes(rel)) list.push(rel);
    };
    for (const rel of matched) {
      const node = lookup(tree, `${pkgDir}/${rel}`);
      const what = node === 'file' ? 'file' : 'directory';
      const parts = rel.split('/');
      for (let i = parts.length; i > 0; i--) {
        // Like go, stop at a directory (the match itself included) that holds a go.mod.
        if (lookup(tree, `${pkgDir}/${parts.slice(0, i).join('/')}/go.mod`) === 'file') {
          return fail(`cannot embed ${what} ${rel}: in different module`);
        }
        const elem = parts[i - 1] ?? '';
        if (isBadEmbedName(elem)) {
          return fail(
            i === parts.length
              ? `cannot embed ${what} ${rel}: invalid name ${elem}`
              : `cannot embed ${what} ${rel}: in invalid directory ${elem}`,
          );
        }
      }
      if (node === 'file') {
        add(rel);
        continue;
      }
      if (node === undefined) continue;
      let count = 0;
      let problem: string | undefined;
      const walk = (dirNode: Tree, dirRel: string) => {
        for (const name of [...dirNode.keys()].sort()) {
          if (problem) return;
          const child = dirNode.get(name);
          const childRel = `${dirRel}/${name}`;
          if (isBadEmbedName(name) || ((name.startsWith('.') || name.startsWith('_')) && !includeHidden)) {
            if (child !== 'file') continue;
            if (name.startsWith('.') || name.startsWith('_')) continue;
            problem = `cannot embed file ${childRel}: invalid name ${name}`;
            return;
          }
          if (child === undefined) continue;
          if (child === 'file') {
            count++;
            add(childRel);
          } else if (child.get('go.mod') !== 'file') {
            walk(child, childRel);
          }
        }
      };
      walk(node, rel);
      if (problem) return fail(problem);
      if (count === 0) return fail(`cannot embed directory ${rel}: contains no embeddable files`);
    }
    if (list.length === 0) return fail('no matching files found');
    list.sort();
    pmap[pattern] = list;
    for (const f of list) all.add(f);
  }
  return { ok: true, files: [...all].sort(), patterns: pmap };
}

/**
 * Resolves every pattern of a package and returns its -embedcfg (null when it
 * embeds nothing) or the diagnostic go would print, at the pattern's first
 * position. Patterns are resolved in sorted order, as go/build lists them.
 */
export function embedConfig(
  tree: Tree,
  pkgDir: string,
  absDir: string,
  patterns: EmbedPattern[],
): { ok: true; config: EmbedConfig | null } | { ok: false; diagnostic: Diagnostic } {
  if (patterns.length === 0) return { ok: true, config: null };
  const unique = [...new Set(patterns.map((p) => p.pattern))].sort();
  const r = resolveEmbed(tree, pkgDir, unique);
  if (!r.ok) {
    const at = patterns.find((p) => p.pattern === r.pattern) ?? patterns[0];
    return {
      ok: false,
      diagnostic: {
        file: at?.file ?? '',
        line: at?.line ?? 0,
        column: at?.column ?? 0,
        message: `pattern ${r.pattern}: ${r.message}`,
      },
    };
  }
  const Files: Record<string, string> = {};
  for (const f of r.files) Files[f] = `${absDir}/${f}`;
  return { ok: true, config: { Patterns: r.patterns, Files } };
}
