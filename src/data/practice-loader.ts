import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { questionCardId, questionsIn } from '../lib/practice/cards';

/**
 * Content-layer loader for the question cards of spaced practice: every
 * `<Question>` of every lesson file, with its answer rendered once here. The
 * practice page shows only those of published lessons (src/data/practice.ts).
 */
export function questionCardLoader(lessonsDir = 'content/lessons'): Loader {
  return {
    name: 'go-mastery-question-cards',
    async load({ store, parseData, renderMarkdown, generateDigest }) {
      store.clear();
      for (const file of readdirSync(lessonsDir).filter((f) => f.endsWith('.mdx'))) {
        const source = readFileSync(join(lessonsDir, file), 'utf8');
        const front = parse(/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '') as { part?: number } | null;
        const part = front?.part;
        if (typeof part !== 'number') continue; // the lesson schema reports it
        for (const q of questionsIn(source)) {
          const id = questionCardId(part, q.prompt);
          const data = await parseData({
            id,
            data: { part, prompt: q.prompt, answerHtml: (await renderMarkdown(q.answer)).html },
          });
          store.set({ id, data, digest: generateDigest(`${q.prompt}\n${q.answer}`) });
        }
      }
    },
  };
}
