import { describe, expect, it } from 'vitest';
import {
  componentProps,
  countProseWords,
  missingSections,
  sectionHeadings,
  sectionsWithoutPractice,
} from '../../src/lib/lesson-bar';

const sample = `---
part: 1
title: A title with words
---

Three prose words.

\`\`\`go
package main // code is not prose
\`\`\`

<Example part={1} name="hello" title="Hi there" />

## Common mistakes
Use \`gofmt\` always.
## How a reviewer would comment
## Check yourself
<Question prompt="Why?">Because reasons.</Question>
## Summary
## Further reading
See [the spec](https://go.dev/ref/spec).
`;

describe('countProseWords', () => {
  it('counts prose and ignores frontmatter, code, tags and link targets', () => {
    // "Three prose words" + 12 heading words + "Use always" + "Because reasons" + "See the spec"
    expect(countProseWords(sample)).toBe(3 + 12 + 2 + 2 + 3);
  });
});

describe('componentProps', () => {
  it('reads string and expression props of each tag', () => {
    expect(componentProps(sample, 'Example')).toEqual([{ part: '1', name: 'hello', title: 'Hi there' }]);
    expect(componentProps(sample, 'Question')).toEqual([{ prompt: 'Why?' }]);
  });
});

describe('missingSections', () => {
  it('finds nothing missing when all required sections appear in order', () => {
    expect(missingSections(sample)).toEqual([]);
  });

  it('reports a section that is absent', () => {
    expect(missingSections(sample.replace('## Summary', '## Wrap-up'))).toEqual(['summary']);
  });

  it('reports a section that comes out of order', () => {
    const early = sample.replace('## Summary\n', '').replace('## Common mistakes', '## Summary\n## Common mistakes');
    expect(sectionHeadings(early)[0]).toBe('Summary');
    expect(missingSections(early)).toEqual(['summary']);
  });
});

describe('sectionsWithoutPractice', () => {
  const lesson = (sections: string) => `---\npart: 1\n---\nIntro.\n${sections}\n## Common mistakes\nNothing here.\n`;

  it('names a teaching section with only prose', () => {
    expect(
      sectionsWithoutPractice(lesson('## Maps\nJust words.\n## Slices\n<Question prompt="?">a</Question>')),
    ).toEqual(['Maps']);
  });

  it('counts hands-on elements in subsections, and ignores those inside code fences', () => {
    const src = lesson('## Maps\n### Deleting\n<Example part={1} name="x" />\n## Strings\n```mdx\n<Example />\n```\n');
    expect(sectionsWithoutPractice(src)).toEqual(['Strings']);
  });

  it('does not look at the closing sections', () => {
    expect(sectionsWithoutPractice(lesson('## Maps\n<Playground part={1} name="x" />'))).toEqual([]);
  });
});
