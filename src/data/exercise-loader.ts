import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { nestMarkdown } from '../lib/markdown';
import { listExerciseFolders, readExerciseFolder } from './exercise-files';

/**
 * Content-layer loader for exercises/<slug>/: assembles each folder (yaml,
 * task, hints, starter, solution, tests) into one entry so the collection's
 * zod schema validates the folder as a whole and names the failing field.
 */
export function exerciseLoader(root = 'exercises'): Loader {
  return {
    name: 'go-mastery-exercises',
    async load({ store, parseData, renderMarkdown, generateDigest }) {
      store.clear();
      for (const slug of listExerciseFolders(root)) {
        const dir = join(root, slug);
        const raw = readExerciseFolder(dir);
        const meta = raw.meta as { slug?: unknown } | null;
        if (meta?.slug !== slug) {
          throw new Error(`${dir}/exercise.yaml: slug must equal the folder name "${slug}"`);
        }
        // Hints are revealed one at a time in the page, so each is rendered on its own.
        const hints = await Promise.all(
          raw.hints.map(async (h) => ({ ...h, html: (await renderMarkdown(h.markdown)).html })),
        );
        const data = await parseData({ id: slug, data: { ...raw, hints }, filePath: join(dir, 'exercise.yaml') });
        store.set({
          id: slug,
          data,
          // The task sits under the exercise's h3 title in a lesson, so its headings start at h4.
          rendered: await renderMarkdown(nestMarkdown(raw.readme, 2)),
          digest: generateDigest(JSON.stringify(raw)),
        });
      }
    },
  };
}
