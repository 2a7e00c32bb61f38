import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { nestMarkdown } from '../lib/markdown';
import { listKataFolders, readKataFolder } from './exercise-files';

/**
 * Content-layer loader for review katas (exercises/<slug>/ with `kind:
 * review`): each folder becomes one entry validated as a whole by the kata
 * schema. The model comments of the answer key are rendered here, so the
 * page can show them next to the learner's after a review is submitted.
 */
export function kataLoader(root = 'exercises'): Loader {
  return {
    name: 'go-mastery-katas',
    async load({ store, parseData, renderMarkdown, generateDigest }) {
      store.clear();
      for (const slug of listKataFolders(root)) {
        const dir = join(root, slug);
        const raw = readKataFolder(dir);
        const meta = raw.meta as { slug?: unknown } | null;
        if (meta?.slug !== slug) {
          throw new Error(`${dir}/exercise.yaml: slug must equal the folder name "${slug}"`);
        }
        const key = raw.key as { findings?: { comment?: unknown }[] } | null;
        const findings = await Promise.all(
          (key?.findings ?? []).map(async (f) =>
            typeof f.comment === 'string' ? { ...f, html: (await renderMarkdown(f.comment)).html } : f,
          ),
        );
        const data = await parseData({
          id: slug,
          data: { ...raw, key: key ? { ...key, findings } : key },
          filePath: join(dir, 'exercise.yaml'),
        });
        store.set({
          id: slug,
          data,
          rendered: await renderMarkdown(nestMarkdown(raw.readme, 2)),
          digest: generateDigest(JSON.stringify(raw)),
        });
      }
    },
  };
}
