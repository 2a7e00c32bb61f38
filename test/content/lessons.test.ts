import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { padPart } from '../../src/lib/course';
import {
  componentProps,
  countProseWords,
  missingSections,
  PROSE_WORDS,
  sectionsWithoutPractice,
} from '../../src/lib/lesson-bar';

// The lesson bar, checked on the source of every published lesson.
const lessons = readdirSync('content/lessons')
  .filter((f) => f.endsWith('.mdx'))
  .map((file) => {
    const source = readFileSync(`content/lessons/${file}`, 'utf8');
    const frontmatter = parse(/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '') as {
      part: number;
      draft?: boolean;
      exercises?: string[];
    };
    return { file, source, frontmatter };
  })
  .filter((l) => !l.frontmatter.draft);

describe.each(lessons)('lesson $file meets the lesson bar', ({ source, frontmatter }) => {
  it(`has ${PROSE_WORDS.min.toLocaleString('en')}–${PROSE_WORDS.max.toLocaleString('en')} words of prose`, () => {
    const words = countProseWords(source);
    expect(words).toBeGreaterThanOrEqual(PROSE_WORDS.min);
    expect(words).toBeLessThanOrEqual(PROSE_WORDS.max);
  });

  it('gives every teaching section something to run, predict, change or answer', () => {
    expect(sectionsWithoutPractice(source)).toEqual([]);
  });

  it('has every required section, in order', () => {
    expect(missingSections(source)).toEqual([]);
  });

  it('shows at least three runnable examples of its own part, each with captured output', () => {
    const examples = componentProps(source, 'Example');
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const { part, name } of examples) {
      expect(Number(part), `<Example name="${name}"> belongs to another part`).toBe(frontmatter.part);
      const dir = `content/examples/part-${padPart(frontmatter.part)}/${name}`;
      const goFiles = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.go')) : [];
      expect(goFiles.length, `${dir} has no .go files`).toBeGreaterThan(0);
      expect(existsSync(`${dir}/output.txt`), `${dir}/output.txt`).toBe(true);
    }
  });

  it('asks at least five self-check questions, each with an answer', () => {
    const questions = [...source.matchAll(/<Question prompt="[^"]+">([\s\S]*?)<\/Question>/g)];
    expect(questions.length).toBeGreaterThanOrEqual(5);
    for (const [, answer] of questions) expect(answer?.trim().length).toBeGreaterThan(20);
  });

  it('embeds every exercise it lists, and lists every exercise it embeds', () => {
    const embedded = componentProps(source, 'Exercise').map((p) => p['slug']);
    expect(embedded.length).toBeGreaterThanOrEqual(1);
    expect([...embedded].sort()).toEqual([...(frontmatter.exercises ?? [])].sort());
  });

  it('links to further reading on go.dev', () => {
    const further = source.slice(source.search(/^## Further reading/m));
    expect(further).toMatch(/https:\/\/go\.dev\//);
  });
});
