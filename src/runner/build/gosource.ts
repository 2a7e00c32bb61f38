/**
 * Reads what the runner needs from one Go file: the package clause, every
 * import (with its position, for "package not available" diagnostics), the
 * `//go:build` line, and the top-level functions (name, parameters, and for
 * niladic functions the body's last comment, which holds an example's output).
 */
import { goUnquote, tokenize, unquote, type Token } from './lexer.ts';

export interface GoImport {
  path: string;
  /** Local name when the import is renamed (`_`, `.`, or an identifier). */
  name?: string;
  line: number;
  column: number;
}

export interface GoFunc {
  name: string;
  /** Position of the `func` keyword (where go reports signature errors). */
  line: number;
  column: number;
  /** Parameter tokens without comments or newlines, e.g. ["t", "*", "testing", ".", "T"]. */
  params: string[];
  /** True when a type parameter list follows the name. */
  generic: boolean;
  /** True when the parameter list is directly followed by the body (no results). */
  noResults: boolean;
  /** Text of the last comment group inside the body, as go/ast's CommentGroup.Text gives it. */
  lastBodyComment: string | null;
}

/** One pattern of a `//go:embed` line; the column counts bytes, as Go's positions do. */
export interface GoEmbed {
  pattern: string;
  line: number;
  column: number;
}

export interface GoFileInfo {
  /** null when the file has no package clause (it does not parse as Go). */
  packageName: string | null;
  packageLine: number;
  imports: GoImport[];
  /** The expression of the `//go:build` line, if any. */
  buildConstraint: string | null;
  funcs: GoFunc[];
  /**
   * Patterns of the `//go:embed` lines after the imports, in order, when the
   * file imports "embed" (go/build looks for them only then); malformed lines
   * are left to the compiler.
   */
  embeds: GoEmbed[];
}

/** Scans one Go source file. Never throws: malformed input yields partial information. */
export function scanGoFile(source: string): GoFileInfo {
  const all = tokenize(source);
  const info: GoFileInfo = {
    packageName: null,
    packageLine: 0,
    imports: [],
    buildConstraint: null,
    funcs: [],
    embeds: [],
  };
  let i = 0;
  // Header comments: a //go:build line counts only before the package clause.
  for (; i < all.length; i++) {
    const t = all[i];
    if (!t || (t.kind !== 'comment' && t.kind !== 'newline')) break;
    const m = /^\/\/go:build\s+(.*)$/.exec(t.text);
    if (m && info.buildConstraint === null) info.buildConstraint = (m[1] ?? '').trim();
  }
  const code = all.slice(i).filter((t) => t.kind !== 'comment' && t.kind !== 'newline');
  let k = 0;
  const at = (n: number): Token | undefined => code[n];
  if (at(k)?.text === 'package' && at(k + 1)?.kind === 'ident') {
    info.packageName = at(k + 1)?.text ?? null;
    info.packageLine = at(k)?.line ?? 0;
    k += 2;
  } else {
    return info;
  }
  if (at(k)?.text === ';') k++;
  // Import declarations come right after the package clause.
  while (at(k)?.text === 'import') {
    k++;
    if (at(k)?.text === '(') {
      k++;
      while (k < code.length && at(k)?.text !== ')') {
        k = readImportSpec(code, k, info.imports);
        if (at(k)?.text === ';') k++;
      }
      k++;
    } else {
      k = readImportSpec(code, k, info.imports);
    }
    if (at(k)?.text === ';') k++;
  }
  info.funcs = scanFuncs(all);
  if (info.imports.some((i) => i.path === 'embed')) {
    const last = code[k - 1];
    const after = last ? last.offset + last.text.length : 0;
    for (const t of all) {
      if (t.kind === 'comment' && t.offset >= after && t.text.startsWith('//go:embed')) {
        info.embeds.push(...embedArgs(source, t));
      }
    }
  }
  return info;
}

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

/**
 * The arguments of a `//go:embed` comment, as go/ast's ParseDirective and
 * ParseArgs split them (space-separated, Go-quoted when they hold spaces),
 * with the byte column of each. A malformed line yields nothing.
 */
function embedArgs(source: string, comment: Token): GoEmbed[] {
  const m = /^\/\/go:embed(?=\s|$)/u.exec(comment.text);
  if (!m) return [];
  const lineStart = comment.offset - (comment.column - 1);
  const out: GoEmbed[] = [];
  const text = comment.text.replace(/\s+$/u, '');
  let i = m[0].length;
  while (i < text.length) {
    while (i < text.length && /\s/u.test(text[i] ?? '')) i++;
    if (i >= text.length) break;
    const start = i;
    let arg: string | null;
    const q = text[i];
    if (q === '"' || q === '`') {
      let j = i + 1;
      while (j < text.length && text[j] !== q) j += q === '"' && text[j] === '\\' ? 2 : 1;
      arg = goUnquote(text.slice(i, j + 1));
      i = j + 1;
      if (arg === null || (i < text.length && !/\s/u.test(text[i] ?? ''))) return [];
    } else {
      while (i < text.length && !/\s/u.test(text[i] ?? '')) i++;
      arg = text.slice(start, i);
    }
    out.push({
      pattern: arg,
      line: comment.line,
      column: utf8Length(source.slice(lineStart, comment.offset + start)) + 1,
    });
  }
  return out;
}

function readImportSpec(code: Token[], k: number, out: GoImport[]): number {
  let name: string | undefined;
  const first = code[k];
  if (!first) return k + 1;
  if (first.kind === 'ident' || first.text === '.' || first.text === '_') {
    name = first.text;
    k++;
  }
  const lit = code[k];
  if (lit?.kind !== 'string') return k + 1;
  const spec: GoImport = {
    path: unquote(lit.text),
    line: (name ? first : lit).line,
    column: (name ? first : lit).column,
  };
  if (name !== undefined) spec.name = name;
  out.push(spec);
  return k + 1;
}

/** Finds top-level functions without receivers; braces and parens are tracked so bodies are skipped. */
function scanFuncs(all: Token[]): GoFunc[] {
  const funcs: GoFunc[] = [];
  let depth = 0;
  for (let i = 0; i < all.length; i++) {
    const t = all[i];
    if (!t || (t.kind !== 'punct' && t.kind !== 'ident')) continue;
    if (t.text === '{' || t.text === '(' || t.text === '[') depth++;
    else if (t.text === '}' || t.text === ')' || t.text === ']') depth--;
    else if (t.text === 'func' && depth === 0) {
      const fn = readFunc(all, i);
      if (fn) funcs.push(fn);
    }
  }
  return funcs;
}

function readFunc(all: Token[], i: number): GoFunc | null {
  // Significant tokens after `func`.
  const sig: { tok: Token; index: number }[] = [];
  for (let j = i + 1; j < all.length && sig.length < 2; j++) {
    const t = all[j];
    if (t && t.kind !== 'comment' && t.kind !== 'newline') sig.push({ tok: t, index: j });
  }
  const nameTok = sig[0]?.tok;
  if (!nameTok || nameTok.kind !== 'ident') return null; // method or func literal
  const next = sig[1];
  if (!next) return null;
  const generic = next.tok.text === '[';
  let j = next.index;
  if (generic) j = skipBalanced(all, j, '[', ']');
  if (all[j]?.text !== '(') return null;
  const params: string[] = [];
  let depth = 0;
  for (; j < all.length; j++) {
    const t = all[j];
    if (!t || t.kind === 'comment' || t.kind === 'newline') continue;
    if (t.text === '(') depth++;
    if (t.text === ')') depth--;
    if (depth === 0) break;
    if (!(depth === 1 && t.text === '(')) params.push(t.text);
  }
  const afterParams = nextSignificant(all, j + 1);
  const noResults = afterParams !== undefined && all[afterParams]?.text === '{';
  let lastBodyComment: string | null = null;
  if (noResults && afterParams !== undefined) {
    const end = skipBalanced(all, afterParams, '{', '}');
    lastBodyComment = lastCommentGroupText(all.slice(afterParams + 1, end - 1));
  }
  const funcTok = all[i];
  return {
    name: nameTok.text,
    line: funcTok?.line ?? nameTok.line,
    column: funcTok?.column ?? nameTok.column,
    params,
    generic,
    noResults,
    lastBodyComment,
  };
}

function nextSignificant(all: Token[], j: number): number | undefined {
  for (; j < all.length; j++) {
    const t = all[j];
    if (t && t.kind !== 'comment' && t.kind !== 'newline') return j;
  }
  return undefined;
}

/** Returns the index just past the bracket that closes the one at `j`. */
function skipBalanced(all: Token[], j: number, open: string, close: string): number {
  let depth = 0;
  for (; j < all.length; j++) {
    const t = all[j];
    if (t?.text === open && t.kind === 'punct') depth++;
    if (t?.text === close && t.kind === 'punct') depth--;
    if (depth === 0) return j + 1;
  }
  return j;
}

/**
 * The last group of adjacent comments among the tokens, converted like
 * go/ast's CommentGroup.Text: markers and the first space of line comments
 * removed, directives dropped, blank lines collapsed, newline-terminated.
 */
function lastCommentGroupText(tokens: Token[]): string | null {
  let group: Token[] = [];
  let lastLine = -2;
  for (const t of tokens) {
    if (t.kind === 'comment') {
      if (t.line > lastLine + 1) group = [];
      group.push(t);
      lastLine = t.line + (t.text.match(/\n/g)?.length ?? 0);
    } else if (t.kind !== 'newline') {
      // Code between comments ends a group only if more comments follow.
      lastLine = -2;
    }
  }
  if (group.length === 0) return null;
  const lines: string[] = [];
  for (const c of group) {
    let text = c.text;
    if (text.startsWith('//')) {
      if (/^\/\/(line |extern |export |[a-z0-9]+:[a-z0-9])/.test(text)) continue;
      text = text.slice(2);
      if (text.startsWith(' ')) text = text.slice(1);
    } else {
      text = text.slice(2, -2);
    }
    for (const l of text.split('\n')) lines.push(l.replace(/[ \t\r]+$/, ''));
  }
  while (lines.length > 0 && lines[0] === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const collapsed: string[] = [];
  for (const l of lines) {
    if (l === '' && collapsed[collapsed.length - 1] === '') continue;
    collapsed.push(l);
  }
  return collapsed.length === 0 ? '' : `${collapsed.join('\n')}\n`;
}

/** Extracts an example's expected output from its last body comment, as go test does. */
export function exampleOutput(comment: string | null): { output: string; unordered: boolean } | null {
  if (comment === null) return null;
  const m = /^[ \t\r\n\v\f]*(unordered )?output:/i.exec(comment);
  if (!m) return null;
  let text = comment.slice(m[0].length).replace(/^ +/, '');
  if (text.startsWith('\n')) text = text.slice(1);
  return { output: text, unordered: m[1] !== undefined };
}
