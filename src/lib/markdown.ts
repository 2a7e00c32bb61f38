/**
 * Fits a standalone Markdown document (an exercise's README) under a heading
 * of the page: drops its own top-level title (the page shows the title) and
 * pushes every other heading down `levels` levels, leaving code blocks alone.
 */
export function nestMarkdown(markdown: string, levels: number): string {
  let inFence = false;
  let sawContent = false;
  const out: string[] = [];
  for (const line of markdown.split('\n')) {
    if (/^(```|~~~)/.test(line)) inFence = !inFence;
    const heading = inFence ? null : /^(#{1,6})(\s.*)$/.exec(line);
    if (heading?.[1] && heading[2] !== undefined) {
      if (heading[1].length === 1 && !sawContent) {
        sawContent = true;
        continue;
      }
      out.push(`${'#'.repeat(Math.min(6, heading[1].length + levels))}${heading[2]}`);
    } else {
      out.push(line);
    }
    if (line.trim()) sawContent = true;
  }
  return out.join('\n').replace(/^\n+/, '');
}
