/**
 * Measures a lesson's MDX source against the lesson bar (prose length,
 * examples, questions, required sections). Used by the content tests.
 */

/** Sections every lesson must have, as `##` headings, in this order. */
export const REQUIRED_SECTIONS = [
  /^common mistakes/i,
  /^how a reviewer would comment/i,
  /^check yourself/i,
  /^summary/i,
  /^further reading/i,
] as const;

/** The MDX body without its frontmatter. */
export function body(mdx: string): string {
  const match = /^---\n[\s\S]*?\n---\n/.exec(mdx);
  return match ? mdx.slice(match[0].length) : mdx;
}

/** Prose only: no frontmatter, fenced or inline code, component tags, link targets or HTML. */
export function proseText(mdx: string): string {
  return body(mdx)
    .replace(/^(```|~~~)[\s\S]*?^\1\s*$/gm, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/^\s*(import|export)\s.*$/gm, ' ');
}

/** Number of words of prose. */
export function countProseWords(mdx: string): number {
  return proseText(mdx)
    .split(/\s+/)
    .filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

/** Attributes of every `<Name ...>` tag, as string values (numbers in `{}` included). */
export function componentProps(mdx: string, name: string): Record<string, string>[] {
  const tag = new RegExp(`<${name}(\\s[^>]*?)?/?>`, 'g');
  return [...body(mdx).matchAll(tag)].map((m) => {
    const props: Record<string, string> = {};
    for (const attr of (m[1] ?? '').matchAll(/(\w+)=(?:"([^"]*)"|\{([^}]*)\})/g)) {
      const key = attr[1];
      if (key !== undefined) props[key] = attr[2] ?? attr[3] ?? '';
    }
    return props;
  });
}

/** The text of every `##` heading, in order. */
export function sectionHeadings(mdx: string): string[] {
  const withoutCode = body(mdx).replace(/^(```|~~~)[\s\S]*?^\1\s*$/gm, '');
  return [...withoutCode.matchAll(/^##\s+(.+?)\s*$/gm)].map((m) => m[1] ?? '');
}

/** Required sections that are missing or out of order, by their pattern. */
export function missingSections(mdx: string): string[] {
  const headings = sectionHeadings(mdx);
  const missing: string[] = [];
  let from = 0;
  for (const pattern of REQUIRED_SECTIONS) {
    const index = headings.findIndex((h, i) => i >= from && pattern.test(h));
    if (index === -1) missing.push(pattern.source.replace(/^\^/, ''));
    else from = index + 1;
  }
  return missing;
}

/** The range of prose words a lesson must fall in: depth comes from examples, not length. */
export const PROSE_WORDS = { min: 2500, max: 4500 } as const;

/** Components that give a reader something to run, predict, change or answer. */
const HANDS_ON = /<(Example|Playground|Question|Exercise|ReviewKata)\b/;

/**
 * Teaching sections (the `##` sections before "Common mistakes") with nothing
 * to run, predict, change or answer in them or their subsections: walls of prose.
 */
export function sectionsWithoutPractice(mdx: string): string[] {
  const withoutCode = body(mdx).replace(/^(```|~~~)[\s\S]*?^\1\s*$/gm, '');
  const sections = withoutCode.split(/^## /m).slice(1);
  const bare: string[] = [];
  for (const section of sections) {
    const title = section.slice(0, section.indexOf('\n')).trim();
    if (REQUIRED_SECTIONS[0].test(title)) break;
    if (!HANDS_ON.test(section)) bare.push(title);
  }
  return bare;
}
