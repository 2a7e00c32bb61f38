/**
 * A small Go tokenizer: just enough to read package clauses, imports and
 * top-level function signatures without a full parser. It knows comments,
 * strings, raw strings and runes so braces or keywords inside them never
 * confuse the scanners built on it.
 */

export type TokenKind = 'ident' | 'string' | 'rune' | 'number' | 'punct' | 'comment' | 'newline';

export interface Token {
  kind: TokenKind;
  /** Source text of the token (for strings: including quotes). */
  text: string;
  /** 1-based line and column (in bytes of UTF-16 code units, close enough for ASCII Go source). */
  line: number;
  column: number;
  /** Offset of the token in the source. */
  offset: number;
}

const identStart = /[\p{L}_]/u;
const identPart = /[\p{L}\p{Nd}_]/u;

/** Splits Go source into tokens; newlines are kept as tokens because Go inserts semicolons there. */
export function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const push = (kind: TokenKind, start: number, startLine: number, startCol: number) => {
    tokens.push({ kind, text: src.slice(start, i), line: startLine, column: startCol, offset: start });
  };
  while (i < src.length) {
    const c = src[i] ?? '';
    const start = i;
    const startLine = line;
    const startCol = i - lineStart + 1;
    if (c === '\n') {
      i++;
      push('newline', start, startLine, startCol);
      line++;
      lineStart = i;
    } else if (c === ' ' || c === '\t' || c === '\r') {
      i++;
    } else if (c === '/' && src[i + 1] === '/') {
      while (i < src.length && src[i] !== '\n') i++;
      push('comment', start, startLine, startCol);
    } else if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      i = end < 0 ? src.length : end + 2;
      const text = src.slice(start, i);
      push('comment', start, startLine, startCol);
      // A block comment spanning lines acts like a newline for semicolon insertion.
      for (let k = 0; k < text.length; k++) {
        if (text[k] === '\n') {
          line++;
          lineStart = start + k + 1;
        }
      }
    } else if (c === '"' || c === "'") {
      i++;
      while (i < src.length && src[i] !== c && src[i] !== '\n') i += src[i] === '\\' ? 2 : 1;
      if (src[i] === c) i++;
      push(c === '"' ? 'string' : 'rune', start, startLine, startCol);
    } else if (c === '`') {
      const end = src.indexOf('`', i + 1);
      i = end < 0 ? src.length : end + 1;
      const text = src.slice(start, i);
      push('string', start, startLine, startCol);
      for (let k = 0; k < text.length; k++) {
        if (text[k] === '\n') {
          line++;
          lineStart = start + k + 1;
        }
      }
    } else if (identStart.test(c)) {
      while (i < src.length && identPart.test(src[i] ?? '')) i++;
      push('ident', start, startLine, startCol);
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1] ?? ''))) {
      while (i < src.length && /[0-9a-zA-Z_.]/.test(src[i] ?? '')) i++;
      push('number', start, startLine, startCol);
    } else {
      i++;
      push('punct', start, startLine, startCol);
    }
  }
  return tokens;
}

/** Decodes a Go interpreted or raw string literal (enough for import paths). */
export function unquote(lit: string): string {
  return goUnquote(lit) ?? lit.slice(1, -1);
}

const simpleEscapes: Record<string, string> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  '"': '"',
};

/**
 * strconv.Unquote for "..." and `...` literals; null when lit is not exactly
 * one valid literal. \x and octal escapes give the code point of their byte.
 */
export function goUnquote(lit: string): string | null {
  if (lit.length < 2) return null;
  const q = lit[0];
  if (q === '`')
    return lit.endsWith('`') && !lit.slice(1, -1).includes('`') ? lit.slice(1, -1).replaceAll('\r', '') : null;
  if (q !== '"' || !lit.endsWith('"')) return null;
  let out = '';
  const body = lit.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i] ?? '';
    if (c === '"' || c === '\n') return null;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[++i] ?? '';
    const hex = (n: number) => {
      const digits = body.slice(i + 1, i + 1 + n);
      if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(digits)) return null;
      i += n;
      return Number.parseInt(digits, 16);
    };
    if (e in simpleEscapes) out += simpleEscapes[e];
    else if (e === 'x' || e === 'u' || e === 'U') {
      const cp = hex(e === 'x' ? 2 : e === 'u' ? 4 : 8);
      if (cp === null || cp > 0x10ffff || (e !== 'x' && cp >= 0xd800 && cp < 0xe000)) return null;
      out += String.fromCodePoint(cp);
    } else if (/[0-7]/.test(e)) {
      const digits = body.slice(i, i + 3);
      if (!/^[0-7]{3}$/.test(digits) || Number.parseInt(digits, 8) > 255) return null;
      out += String.fromCodePoint(Number.parseInt(digits, 8));
      i += 2;
    } else return null;
  }
  return out;
}
