import { useEffect, useId, useRef, useState } from 'react';
import {
  REVIEW_CATEGORIES,
  REVIEW_CATEGORY_LABELS,
  SEVERITIES,
  type ReviewCategory,
  type Severity,
} from '../lib/schema/kata';

export interface CommentFields {
  text: string;
  category: ReviewCategory;
  severity: Severity;
}

interface Props {
  /** "Lines 54–58 of reminders.go" */
  where: string;
  initial?: CommentFields | undefined;
  onSave(fields: CommentFields): void;
  onCancel(): void;
}

const SEVERITY_HELP: Record<Severity, string> = {
  blocking: 'Blocking — must be fixed before merging',
  important: 'Important — should be fixed in this change',
  nit: 'Nit — a small improvement, take it or leave it',
};

/** Writes one review comment: what is wrong, its review layer and how serious it is. Esc cancels. */
export default function ReviewCommentForm({ where, initial, onSave, onCancel }: Props) {
  const id = useId();
  const [text, setText] = useState(initial?.text ?? '');
  const [category, setCategory] = useState<ReviewCategory | ''>(initial?.category ?? '');
  const [severity, setSeverity] = useState<Severity | ''>(initial?.severity ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    textRef.current?.focus();
  }, []);

  const save = () => {
    if (text.trim() === '') return setProblem('Write what is wrong and what to do instead.');
    if (category === '') return setProblem('Choose the review layer this comment belongs to.');
    if (severity === '') return setProblem('Choose how serious it is.');
    onSave({ text: text.trim(), category, severity });
  };

  return (
    <form
      className="review-form"
      aria-label={`Comment on ${where}`}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          save();
        }
      }}
    >
      <p className="review-form-where">{where}</p>
      <label htmlFor={`${id}-text`}>Your comment</label>
      <textarea
        id={`${id}-text`}
        ref={textRef}
        rows={4}
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-describedby={`${id}-keys`}
      />
      <p id={`${id}-keys`} className="playground-hint">
        Ctrl+Enter (⌘+Enter) saves, Esc cancels.
      </p>
      <label htmlFor={`${id}-category`}>Review layer</label>
      <select id={`${id}-category`} value={category} onChange={(e) => setCategory(e.target.value as ReviewCategory)}>
        <option value="">Choose…</option>
        {REVIEW_CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {REVIEW_CATEGORY_LABELS[c]}
          </option>
        ))}
      </select>
      <fieldset className="review-form-severity">
        <legend>Severity</legend>
        {SEVERITIES.map((s) => (
          <label key={s}>
            <input
              type="radio"
              name={`${id}-severity`}
              value={s}
              checked={severity === s}
              onChange={() => setSeverity(s)}
            />{' '}
            {SEVERITY_HELP[s]}
          </label>
        ))}
      </fieldset>
      {problem && (
        <p className="review-form-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="review-form-actions">
        <button type="submit" className="button">
          Save comment
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
