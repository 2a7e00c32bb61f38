import { describe, expect, it } from 'vitest';
import { escapeTableCell, reviewFileName, reviewMarkdown } from '../../../src/lib/learner/review-markdown';
import type { FailureModeRow } from '../../../src/lib/learner/types';
import { reference } from './reference-fixture';

const template = reference.reviewDocument;
const row = (step: string, extra: Partial<FailureModeRow> = {}): FailureModeRow => ({
  step,
  failure: '',
  userImpact: '',
  systemImpact: '',
  handling: '',
  observability: '',
  followUp: '',
  ...extra,
});

describe('table cells', () => {
  it('escapes pipes and turns line breaks into <br>', () => {
    expect(escapeTableCell(' a | b\nc\r\nd ')).toBe('a \\| b<br>c<br>d');
  });
});

describe('the review document as Markdown', () => {
  const markdown = reviewMarkdown(
    {
      service: 'caseflow-service',
      sections: {
        summary: 'Moves cases through review.',
        decision: 'Ready with conditions.',
        'failure-model': 'Submit:',
      },
      failureModes: [
        row('Commit', { failure: 'unknown | ambiguous', handling: 'log\nreconcile', followUp: 'reconciliation' }),
        row(''),
      ],
    },
    template,
  );

  it('titles the document with the service', () => {
    expect(
      markdown.startsWith(
        '# Final engineering review: caseflow-service\n\n## Summary\n\nMoves cases through review.\n\n',
      ),
    ).toBe(true);
  });

  it('has every section in template order, marking unwritten ones', () => {
    const headings = markdown.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(template.sections.map((s) => `## ${s.title}`));
    expect(markdown).toContain('## Architecture\n\n_Not written yet._\n\n## Domain Model');
  });

  it('puts the failure-mode table after the Failure Model text, escaping cells and skipping blank rows', () => {
    expect(markdown).toContain(
      [
        '## Failure Model',
        '',
        'Submit:',
        '',
        '| Step | Failure | User impact | System impact | Handling | Observability | Follow-up |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        '| Commit | unknown \\| ambiguous |  |  | log<br>reconcile |  | reconciliation |',
        '',
        '## Known Gaps',
      ].join('\n'),
    );
  });

  it('ends with a newline', () => {
    expect(markdown.endsWith('Ready with conditions.\n\n## Follow-up Actions\n\n_Not written yet._\n')).toBe(true);
  });

  it('shows a table without text, and a placeholder when neither exists', () => {
    const onlyTable = reviewMarkdown({ service: 's', sections: {}, failureModes: [row('Decode')] }, template);
    expect(onlyTable).toContain('## Failure Model\n\n| Step |');
    const nothing = reviewMarkdown({ service: '  ', sections: {}, failureModes: [row('  ')] }, template);
    expect(nothing).toContain('# Final engineering review: unnamed service');
    expect(nothing).toContain('## Failure Model\n\n_Not written yet._');
  });
});

describe('the download file name', () => {
  it('is kebab-case and never empty', () => {
    expect(reviewFileName('Caseflow Service v2!')).toBe('final-review-caseflow-service-v2.md');
    expect(reviewFileName('***')).toBe('final-review-service.md');
  });
});
