/**
 * The final engineering review document as Markdown (GitHub-flavoured), ready
 * to commit as docs/final-review.md. Sections follow the template's order;
 * the failure-mode table goes into the section the template marks for it.
 */
import type { ReviewDocumentTemplate } from '../schema/rubrics';
import type { FailureModeRow, ReviewDocument } from './types';

/**
 * One table cell: pipes escaped so they do not split the cell, line breaks
 * turned into <br> because a table row must stay on one line.
 */
export function escapeTableCell(text: string): string {
  return text
    .trim()
    .replaceAll('|', '\\|')
    .replace(/\r\n|\r|\n/g, '<br>');
}

/** True when the learner has written nothing in any cell of the row. */
export function isBlankRow(row: FailureModeRow): boolean {
  return Object.values(row).every((cell) => cell.trim() === '');
}

/** The failure-mode rows as a Markdown table (blank rows left out); empty string when no row has content. */
export function failureModeTable(
  rows: readonly FailureModeRow[],
  columns: ReviewDocumentTemplate['failureModes']['columns'],
): string {
  const filled = rows.filter((r) => !isBlankRow(r));
  if (filled.length === 0) return '';
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(columns.map((c) => escapeTableCell(c.title))),
    line(columns.map(() => '---')),
    ...filled.map((row) => line(columns.map((c) => escapeTableCell(row[c.id])))),
  ].join('\n');
}

/** The whole document. Unwritten sections say so, so gaps stay visible in the exported file. */
export function reviewMarkdown(
  doc: Pick<ReviewDocument, 'service' | 'sections' | 'failureModes'>,
  template: ReviewDocumentTemplate,
): string {
  const service = doc.service.replace(/\s+/g, ' ').trim() || 'unnamed service';
  const parts = [`# ${template.title}: ${service}`];
  for (const section of template.sections) {
    const text = doc.sections[section.id]?.trim() ?? '';
    parts.push(`## ${section.title}`);
    const table = section.failureModes ? failureModeTable(doc.failureModes, template.failureModes.columns) : '';
    if (text) parts.push(text);
    if (table) parts.push(table);
    if (!text && !table) parts.push('_Not written yet._');
  }
  return parts.join('\n\n') + '\n';
}

/** A file name for the download: final-review-<service as kebab-case>.md. */
export function reviewFileName(service: string): string {
  const slug = service
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `final-review-${slug || 'service'}.md`;
}
