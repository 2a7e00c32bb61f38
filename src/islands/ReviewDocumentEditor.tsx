import { useCallback } from 'react';
import { reviewFileName, reviewMarkdown } from '../lib/learner/review-markdown';
import type { ReviewDocument } from '../lib/learner/types';
import type { ReviewDocumentTemplate } from '../lib/schema/rubrics';
import FailureModeTable from './FailureModeTable';
import SaveState from './SaveState';
import { downloadText } from './download';
import { useAutosave } from './hooks/useAutosave';

type Editable = Pick<ReviewDocument, 'service' | 'sections' | 'failureModes'>;

interface Props {
  doc: ReviewDocument;
  template: ReviewDocumentTemplate;
  onSave: (value: Editable) => Promise<void>;
  /** Called as the learner types, before anything is saved. */
  onEdit: () => void;
}

/**
 * The review document, section by section, saved as the learner pauses. The
 * download is built from what is on screen, so it includes the last keystroke
 * even if the save has not landed yet.
 */
export default function ReviewDocumentEditor({ doc, template, onSave, onEdit }: Props) {
  const save = useCallback((value: Editable) => onSave(value), [onSave]);
  const autosave = useAutosave<Editable>(
    { service: doc.service, sections: doc.sections, failureModes: doc.failureModes },
    save,
  );
  const { value, status, flush } = autosave;
  const change: typeof autosave.change = (next, options) => {
    onEdit();
    autosave.change(next, options);
  };
  const download = () => {
    flush();
    downloadText(reviewFileName(value.service), reviewMarkdown(value, template), 'text/markdown;charset=utf-8');
  };

  return (
    <div className="review-document" data-review={doc.id}>
      <p className="service-name">
        <label htmlFor={`review-name-${doc.id}`}>Service</label>
        <input
          id={`review-name-${doc.id}`}
          type="text"
          maxLength={120}
          value={value.service}
          onChange={(e) => change({ ...value, service: e.target.value })}
          onBlur={flush}
        />
      </p>
      <p className="review-doc-title">
        {template.title}: {value.service.trim() || 'unnamed service'}
      </p>
      {template.sections.map((section) => {
        const id = `review-${doc.id}-${section.id}`;
        return (
          <div key={section.id} className="review-section" data-section={section.id}>
            <label htmlFor={id} className="review-section-title">
              {section.title}
            </label>
            <p className="review-section-prompt" id={`${id}-prompt`}>
              {section.prompt}
            </p>
            <textarea
              id={id}
              rows={section.failureModes ? 3 : 5}
              maxLength={50_000}
              aria-describedby={`${id}-prompt`}
              value={value.sections[section.id] ?? ''}
              onChange={(e) => change({ ...value, sections: { ...value.sections, [section.id]: e.target.value } })}
              onBlur={flush}
            />
            {section.failureModes && (
              <FailureModeTable
                rows={value.failureModes}
                template={template.failureModes}
                onChange={(failureModes, now) => change({ ...value, failureModes }, { now })}
              />
            )}
          </div>
        );
      })}
      <div className="review-actions">
        <SaveState status={status} onRetry={flush} />
        <button type="button" className="button" onClick={download}>
          Download Markdown
        </button>
      </div>
    </div>
  );
}
