import type { KataComment } from '../lib/learner/types';
import { REVIEW_CATEGORY_LABELS } from '../lib/schema/kata';

interface Props {
  comments: KataComment[];
  onEdit(id: string): void;
  onDelete(id: string): void;
  onShow(id: string): void;
}

/** Where a comment is, as the learner reads it: "reminders.go, lines 54–58". */
export function commentPlace(c: Pick<KataComment, 'file' | 'start' | 'end'>): string {
  return `${c.file}, ${c.start === c.end ? `line ${c.start}` : `lines ${c.start}–${c.end}`}`;
}

/** The comments written so far, in file and line order, each editable. */
export default function ReviewCommentList({ comments, onEdit, onDelete, onShow }: Props) {
  if (comments.length === 0) {
    return (
      <p className="review-empty">
        No comments yet. Select lines in the code and press Enter (or use the button) to comment.
      </p>
    );
  }
  const sorted = [...comments].sort((a, b) => a.file.localeCompare(b.file) || a.start - b.start || a.end - b.end);
  return (
    <ol className="review-comments" aria-label="Your comments">
      {sorted.map((c) => (
        <li key={c.id} className={`review-comment review-${c.severity}`}>
          <p className="review-head">
            <span className="review-severity">{c.severity}</span> <strong>{commentPlace(c)}</strong> ·{' '}
            {REVIEW_CATEGORY_LABELS[c.category]}
          </p>
          <p className="review-comment-text">{c.text}</p>
          <div className="review-comment-actions">
            <button type="button" className="button-secondary" onClick={() => onShow(c.id)}>
              Show in code<span className="visually-hidden">: {commentPlace(c)}</span>
            </button>
            <button type="button" className="button-secondary" onClick={() => onEdit(c.id)}>
              Edit<span className="visually-hidden"> comment on {commentPlace(c)}</span>
            </button>
            <button type="button" className="button-secondary" onClick={() => onDelete(c.id)}>
              Delete<span className="visually-hidden"> comment on {commentPlace(c)}</span>
            </button>
          </div>
        </li>
      ))}
    </ol>
  );
}
