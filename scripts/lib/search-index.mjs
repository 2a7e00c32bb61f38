/**
 * The site search index, built by Pagefind over the finished HTML at the end
 * of `astro build` (a well-kept library: a static, chunked index the page
 * loads in pieces, so search costs nothing until used and works offline once
 * the service worker has it). Only lesson articles are indexed — they carry
 * `data-pagefind-body` (src/layouts/LessonLayout.astro) — with their headings,
 * prose and code.
 */
import { createIndex, close } from 'pagefind';

/**
 * @param {string} dist the built site
 * @returns {Promise<number>} the number of pages indexed
 */
export async function writeSearchIndex(dist) {
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: dist });
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${dist}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await close();
  }
}
