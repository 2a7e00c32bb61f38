/**
 * Pagefind's excerpts are HTML: the page's text, escaped, with the matched
 * words in <mark>. Parsed into plain segments so the search island renders
 * them as text (no innerHTML) with the matches highlighted.
 */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the entities an escaped excerpt can hold (named, decimal and hex). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/** Splits an excerpt into text and highlighted segments; any other tag is dropped, its text kept. */
export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of html.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(piece)) mark = true;
    else if (/^<\/mark>$/i.test(piece)) mark = false;
    else {
      const text = decodeEntities(piece.replace(/<[^>]*>/g, ''));
      if (!text) continue;
      const last = parts.at(-1);
      if (last && last.mark === mark) last.text += text;
      else parts.push({ text, mark });
    }
  }
  return parts;
}

const normal = (word: string) => word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Whether a result's highlighted words answer the query. Pagefind falls back
 * to ever shorter prefixes when a word is not in the index, so "qqzxv" would
 * "match" every `%q` in the code samples; a result counts only when a
 * highlighted word contains a query word, or shares its first three letters.
 */
export function answersQuery(query: string, parts: ExcerptPart[]): boolean {
  const wanted = query.split(/\s+/).map(normal).filter(Boolean);
  const marked = parts.filter((p) => p.mark).flatMap((p) => p.text.split(/\s+/).map(normal).filter(Boolean));
  return marked.some((w) => wanted.some((q) => w.includes(q) || commonPrefix(w, q) >= Math.min(3, q.length)));
}
