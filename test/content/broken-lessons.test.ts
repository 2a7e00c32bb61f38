import { describe, expect, it } from 'vitest';
import { syncWith } from './astro-sync';

// Each fixture folder holds one lesson with one deliberate mistake.
const cases = [
  { dir: 'missing-title', file: 'part-01-mental-model-of-go.mdx', field: /title/i },
  { dir: 'wrong-type', file: 'part-01-mental-model-of-go.mdx', field: /minutes.*Expected type `"number"`, received `"string"`/ },
  { dir: 'unknown-mastery', file: 'part-01-mental-model-of-go.mdx', field: /mastery\.0/ },
  { dir: 'unknown-part', file: 'part-99-nothing.mdx', field: /part.*not listed in content\/course\.yaml/ },
];

describe('a malformed lesson stops the build', () => {
  it.each(cases)('names the file and the field for $dir', ({ dir, file, field }) => {
    const { code, output } = syncWith({ lessonsDir: `./test/fixtures/broken-lessons/${dir}` });
    expect(code, output).not.toBe(0);
    expect(output).toContain(`test/fixtures/broken-lessons/${dir}/${file}`);
    expect(output).toMatch(field);
  });
});
