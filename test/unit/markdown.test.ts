import { describe, expect, it } from 'vitest';
import { nestMarkdown } from '../../src/lib/markdown';

describe('nestMarkdown', () => {
  it('drops the leading title and pushes other headings down', () => {
    expect(nestMarkdown('# Greeting\n\nText.\n\n## Task\n\n### Detail\n', 2)).toBe(
      'Text.\n\n#### Task\n\n##### Detail\n',
    );
  });

  it('leaves lines in code blocks alone', () => {
    expect(nestMarkdown('```sh\n# a comment\n```\n## Run', 2)).toBe('```sh\n# a comment\n```\n#### Run');
  });

  it('keeps a later level-one heading, demoted', () => {
    expect(nestMarkdown('Intro.\n# Second', 2)).toBe('Intro.\n### Second');
  });

  it('never goes below level six', () => {
    expect(nestMarkdown('##### Deep', 3)).toBe('###### Deep');
  });
});
