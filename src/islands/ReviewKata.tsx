import { useFocusAfterLoad } from './hooks/useFocusAfterLoad';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { recordKataAttempt, saveKataDraft } from '../db/katas';
import type { KataClientData } from '../lib/kata-client';
import type { KataAttempt, KataComment } from '../lib/learner/types';
import { gradeReview, type ReviewGrade } from '../lib/review-grading';
import ReviewCodeView, { type MarkedRange } from './ReviewCodeView';
import ReviewCommentForm, { type CommentFields } from './ReviewCommentForm';
import ReviewCommentList, { commentPlace } from './ReviewCommentList';
import ReviewResult from './ReviewResult';
import StorageNotice from './StorageNotice';
import { useLearnerDb } from './hooks/useLearnerDb';

interface Props {
  slug: string;
  /**
   * Spaced practice: review it again from a blank page. The review in
   * progress is kept apart (under "practice:<slug>"), one older than `since`
   * is ignored, only reviews submitted from now on are shown, and each one is
   * reported so the practice page can grade the recall.
   */
  practice?: { since: string; onSubmitted(review: { score: number; passed: boolean }): void } | undefined;
}

const AUTOSAVE_DELAY_MS = 400;

/** A graded attempt as the result view needs it. */
const gradeOf = (a: KataAttempt): ReviewGrade => ({
  outcomes: a.outcomes,
  notInKey: a.comments.filter((c) => !a.outcomes.some((o) => o.comment === c.id)).map((c) => c.id),
  score: a.score,
  found: a.found,
  otherCategory: a.otherCategory,
  missed: a.missed,
  severity: { matched: a.severityMatched, of: a.found + a.otherCategory },
  passed: a.passed,
});

/**
 * The review kata: the code (or diff) to review, comments on line ranges
 * with a layer and a severity, Submit review, and the graded result beside
 * the model review. The review in progress autosaves; every submitted review
 * is kept, and the latest is shown again after a reload.
 */
export default function ReviewKata({ slug, practice }: Props) {
  const db = useLearnerDb();
  const draftId = practice ? `practice:${slug}` : slug;
  // In practice, only reviews submitted during this visit count as "the latest".
  const [shownFrom] = useState(() => (practice ? new Date().toISOString() : ''));
  const [data, setData] = useState<KataClientData | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [comments, setComments] = useState<KataComment[] | null>(null);
  const [active, setActive] = useState(0);
  const [selection, setSelection] = useState({ start: 1, end: 1 });
  const [editing, setEditing] = useState<{ id: string | null; file: string; start: number; end: number } | null>(null);
  const [focusLines, setFocusLines] = useState<{ start: number; end: number; nonce: number }>();
  const [showKey, setShowKey] = useState(false);
  const dirty = useRef(false);
  const resultHeading = useRef<HTMLDivElement>(null);
  const focusResult = useRef(false);

  const latest = useLiveQuery(
    () => db?.kataAttempts.where('[kata+at]').between([slug, shownFrom], [slug, '\uffff']).last(),
    [db, slug, shownFrom],
  );

  useEffect(() => {
    fetch(`/katas/${slug}.json`)
      .then((r) => (r.ok ? (r.json() as Promise<KataClientData>) : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then(setData)
      .catch((e: unknown) =>
        setLoadError(
          `The kata could not be loaded (${e instanceof Error ? e.message : String(e)}). Reload the page to try again.`,
        ),
      );
  }, [slug]);

  // Start from the saved review when there is one.
  useEffect(() => {
    if (!db || comments) return;
    void db.kataDrafts
      .get(draftId)
      .then((saved) => setComments(saved && (!practice || saved.updatedAt >= practice.since) ? saved.comments : []));
  }, [db, draftId, comments, practice]);

  useEffect(() => {
    if (!db || !comments || !dirty.current) return;
    const timer = setTimeout(() => {
      void saveKataDraft(db, draftId, comments).catch(() => undefined); // the storage notice explains failures
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [db, comments, draftId]);

  const file = data?.files[active] ?? '';
  const marks = useMemo<MarkedRange[]>(() => {
    const mine = (comments ?? [])
      .filter((c) => c.file === file)
      .map((c) => ({ start: c.start, end: c.end, kind: 'comment' as const }));
    const key = showKey
      ? (data?.findings ?? [])
          .filter((f) => f.file === file)
          .map((f) => ({ start: f.lines[0], end: f.lines[1], kind: 'finding' as const }))
      : [];
    return [...mine, ...key];
  }, [comments, data, file, showKey]);

  // Move focus to the new result so keyboard and screen-reader users land on it. The result
  // arrives through the live query some time after the write, so wait for it rather than a frame.
  useEffect(() => {
    if (!latest || !focusResult.current) return;
    focusResult.current = false;
    resultHeading.current?.querySelector('h4')?.focus();
  }, [latest]);
  const { root: loadedRoot, placeholder: loadingText } = useFocusAfterLoad<HTMLDivElement, HTMLParagraphElement>(
    !!data && !!comments,
  );

  if (loadError)
    return (
      <p className="run-error" role="alert">
        {loadError}
      </p>
    );
  if (!data || !comments)
    return (
      <p className="exercise-loading" tabIndex={0} ref={loadingText}>
        Loading the kata…
      </p>
    );

  const change = (next: KataComment[]) => {
    dirty.current = true;
    setComments(next);
  };
  const save = (fields: CommentFields) => {
    if (!editing) return;
    const { id, ...place } = editing;
    if (id) change(comments.map((c) => (c.id === id ? { ...c, ...fields } : c)));
    else change([...comments, { id: crypto.randomUUID(), ...place, ...fields }]);
    setEditing(null);
    setFocusLines({ start: place.start, end: place.end, nonce: Date.now() });
  };
  const startComment = () => setEditing({ id: null, file, start: selection.start, end: selection.end });
  const show = (id: string) => {
    const c = comments.find((x) => x.id === id);
    if (!c) return;
    setActive(Math.max(0, data.files.indexOf(c.file)));
    setFocusLines({ start: c.start, end: c.end, nonce: Date.now() });
  };
  const submit = async () => {
    if (!db || comments.length === 0) return;
    const grade = gradeReview(data.findings, comments);
    await recordKataAttempt(db, slug, comments, grade).catch(() => undefined);
    practice?.onSubmitted({ score: grade.score, passed: grade.passed });
    setShowKey(true);
    focusResult.current = true;
  };

  const editingComment = editing?.id ? comments.find((c) => c.id === editing.id) : undefined;
  const place = editing ? commentPlace(editing) : '';
  const before = data.before[file];

  return (
    <div className="review-kata" ref={loadedRoot}>
      <StorageNotice />
      <div role="tablist" aria-label="Files under review" className="exercise-tabs">
        {data.files.map((f, i) => (
          <button key={f} type="button" role="tab" aria-selected={i === active} onClick={() => setActive(i)}>
            {f}
            {data.before[f] !== undefined ? ' (diff)' : ''}
          </button>
        ))}
      </div>
      <ReviewCodeView
        key={file}
        label={`Code under review: ${file}`}
        code={data.review[file] ?? ''}
        original={before}
        marks={marks}
        onSelect={(start, end) => setSelection({ start, end })}
        onComment={startComment}
        focusLines={focusLines}
      />
      <p className="playground-hint">
        Move with the arrow keys, select lines with Shift+arrows or the mouse, then press Enter to comment. Your review
        is saved in this browser as you write it.
      </p>
      {editing ? (
        <ReviewCommentForm
          key={`${editing.id ?? 'new'}-${editing.file}-${editing.start}-${editing.end}`}
          where={place}
          initial={editingComment}
          onSave={save}
          onCancel={() => {
            setEditing(null);
            setFocusLines({ start: selection.start, end: selection.end, nonce: Date.now() });
          }}
        />
      ) : (
        <div className="exercise-actions">
          <button type="button" className="button-secondary" onClick={startComment}>
            Comment on {commentPlace({ file, ...selection })}
          </button>
          <button type="button" className="button" onClick={() => void submit()} disabled={comments.length === 0}>
            Submit review ({comments.length} comment{comments.length === 1 ? '' : 's'})
          </button>
          {latest && (
            <button
              type="button"
              className="button-secondary"
              onClick={() => setShowKey(!showKey)}
              aria-pressed={showKey}
            >
              {showKey ? 'Hide the key’s lines' : 'Mark the key’s lines in the code'}
            </button>
          )}
        </div>
      )}
      <ReviewCommentList
        comments={comments}
        onShow={show}
        onDelete={(id) => change(comments.filter((c) => c.id !== id))}
        onEdit={(id) => {
          const c = comments.find((x) => x.id === id);
          if (c) {
            setActive(Math.max(0, data.files.indexOf(c.file)));
            setEditing({ id, file: c.file, start: c.start, end: c.end });
          }
        }}
      />
      <div ref={resultHeading}>
        {latest && <ReviewResult data={data} comments={latest.comments} grade={gradeOf(latest)} at={latest.at} />}
      </div>
    </div>
  );
}
