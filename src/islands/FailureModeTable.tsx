import type { FailureModeRow } from '../lib/learner/types';
import type { ReviewDocumentTemplate } from '../lib/schema/rubrics';

interface Props {
  rows: FailureModeRow[];
  template: ReviewDocumentTemplate['failureModes'];
  /** `now`: save at once (a button), rather than after a pause in typing. */
  onChange: (rows: FailureModeRow[], now?: boolean) => void;
}

/** Most rows a table offers to add: far beyond any real review, and well inside the backup format's limit. */
const MAX_ROWS = 200;

const emptyRow = (): FailureModeRow => ({
  step: '',
  failure: '',
  userImpact: '',
  systemImpact: '',
  handling: '',
  observability: '',
  followUp: '',
});

/** The editable failure-mode table: a row per step that can fail, with the example rows to start from. */
export default function FailureModeTable({ rows, template, onChange }: Props) {
  const { columns } = template;
  const edit = (index: number, column: keyof FailureModeRow, text: string) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, [column]: text } : row)));
  const full = rows.length >= MAX_ROWS;
  return (
    <div className="failure-modes">
      <div className="table-scroll" role="region" aria-label="Failure-mode table" tabIndex={0}>
        <table className="failure-table">
          <caption>Failure modes: one row per step that can fail</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.id} scope="col">
                  {c.title}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={columns.length + 1}>No rows yet. Add one, or start from the example.</td>
              </tr>
            )}
            {rows.map((row, i) => (
              <tr key={i}>
                {columns.map((c) => (
                  <td key={c.id}>
                    <textarea
                      rows={3}
                      maxLength={1000}
                      aria-label={`${c.title}, row ${i + 1}`}
                      value={row[c.id]}
                      onChange={(e) => edit(i, c.id, e.target.value)}
                    />
                  </td>
                ))}
                <td>
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Remove row ${i + 1}`}
                    onClick={() =>
                      onChange(
                        rows.filter((_, j) => j !== i),
                        true,
                      )
                    }
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="failure-actions">
        <button
          type="button"
          className="button-secondary"
          disabled={full}
          onClick={() => onChange([...rows, emptyRow()], true)}
        >
          Add a row
        </button>
        <button
          type="button"
          className="button-secondary"
          disabled={full}
          onClick={() => onChange([...rows, ...template.examples.map((r) => ({ ...r }))].slice(0, MAX_ROWS), true)}
        >
          Add the example rows ({template.exampleOperation})
        </button>
      </p>
      <details className="failure-columns">
        <summary>What goes in each column</summary>
        <dl>
          {columns.map((c) => (
            <div key={c.id}>
              <dt>{c.title}</dt>
              <dd>{c.prompt}</dd>
            </div>
          ))}
        </dl>
      </details>
    </div>
  );
}
