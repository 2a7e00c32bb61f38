import type { KataClientData } from '../lib/kata-client';
import type { KataComment } from '../lib/learner/types';
import type { ReviewGrade } from '../lib/review-grading';
import { PASS_SCORE } from '../lib/review-grading';
import { REVIEW_CATEGORY_LABELS } from '../lib/schema/kata';
import { commentPlace } from './ReviewCommentList';

interface Props {
  data: KataClientData;
  comments: KataComment[];
  grade: ReviewGrade;
  /** When the review was submitted, for "submitted on …". */
  at: string;
}

const MATCH_LABEL = {
  found: 'Found',
  'other-category': 'Found, in another layer (half credit)',
  missed: 'Missed',
} as const;

/** The graded review: the score, then the model review beside the learner's, finding by finding. */
export default function ReviewResult({ data, comments, grade, at }: Props) {
  const byId = new Map(comments.map((c) => [c.id, c]));
  const extra = grade.notInKey.flatMap((id) => byId.get(id) ?? []);
  return (
    <section className="review-result" aria-labelledby={`review-result-${data.slug}`}>
      <h4 id={`review-result-${data.slug}`} tabIndex={-1}>
        Your review: {grade.score} / 100 {grade.passed ? '— passed' : '— not passed yet'}
      </h4>
      <p className="review-result-summary">
        Found {grade.found} of {grade.outcomes.length} findings
        {grade.otherCategory > 0 && `, ${grade.otherCategory} more in another layer`}; missed {grade.missed}.
        {grade.severity.of > 0 && ` Severity right on ${grade.severity.matched} of ${grade.severity.of}.`} Submitted{' '}
        {new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}.
      </p>
      {!grade.passed && (
        <p className="review-result-rule">
          A review passes with a score of at least {PASS_SCORE} and every blocking finding found. Edit your comments and
          submit again whenever you like; every review you submit is kept.
        </p>
      )}
      <ol className="review-findings">
        {grade.outcomes.map((o) => {
          const f = data.findings.find((x) => x.id === o.finding);
          if (!f) return null;
          const mine = o.comment ? byId.get(o.comment) : undefined;
          return (
            <li key={f.id} className={`review-finding review-finding-${o.match}`}>
              <div className={`review-comment review-${f.severity}`}>
                <p className="review-head">
                  <span className="review-severity">{f.severity}</span> <strong>{f.title}</strong>
                </p>
                <p className="review-finding-where">
                  {commentPlace({ file: f.file, start: f.lines[0], end: f.lines[1] })} ·{' '}
                  {REVIEW_CATEGORY_LABELS[f.category]}
                  {f.proven && ' · proven by a test'}
                </p>
                <div className="review-body" dangerouslySetInnerHTML={{ __html: f.html }} />
              </div>
              <div className="review-mine">
                <p className="review-match">{MATCH_LABEL[o.match]}</p>
                {mine ? (
                  <>
                    <p className="review-finding-where">
                      You: {commentPlace(mine)} · {REVIEW_CATEGORY_LABELS[mine.category]} · {mine.severity}
                      {o.severityMatched ? ' (severity right)' : ` (the key says ${f.severity})`}
                    </p>
                    <p className="review-comment-text">{mine.text}</p>
                  </>
                ) : (
                  <p className="review-comment-text">You did not comment on these lines.</p>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      {extra.length > 0 && (
        <>
          <h5>Not in the key</h5>
          <p>
            These comments match no finding of the key. They cost nothing; compare them with the findings above — some
            may be good points the key does not make.
          </p>
          <ul className="review-comments">
            {extra.map((c) => (
              <li key={c.id} className={`review-comment review-${c.severity}`}>
                <p className="review-head">
                  <span className="review-severity">{c.severity}</span> <strong>{commentPlace(c)}</strong> · not in the
                  key
                </p>
                <p className="review-comment-text">{c.text}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
