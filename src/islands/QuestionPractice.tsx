import { useEffect, useId, useRef, useState } from 'react';
import type { PracticeCard } from '../lib/practice/cards';
import { GRADE_LABELS, type ReviewGrade } from '../lib/practice/schedule';

interface Props {
  card: PracticeCard;
  onGrade(grade: ReviewGrade): void;
}

const GRADES: ReviewGrade[] = [1, 2, 3, 4];
const GRADE_HELP: Record<ReviewGrade, string> = {
  1: 'I did not remember it',
  2: 'I remembered it with effort',
  3: 'I remembered it',
  4: 'It was easy',
};

/** Whether a key press belongs to a text field (typing there must not grade or reveal). */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * One self-check question: answer it (typed or in your head), reveal the
 * course's answer, grade yourself. Space reveals and 1–4 grade, unless you
 * are typing in the answer box.
 */
export default function QuestionPractice({ card, onGrade }: Props) {
  const id = useId();
  const [revealed, setRevealed] = useState(false);
  const [answer, setAnswer] = useState('');
  const answerHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (typing(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      if (!revealed && e.key === ' ') {
        e.preventDefault();
        setRevealed(true);
      } else if (revealed && ['1', '2', '3', '4'].includes(e.key)) {
        e.preventDefault();
        onGrade(Number(e.key) as ReviewGrade);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [revealed, onGrade]);

  useEffect(() => {
    if (revealed) answerHeading.current?.focus();
  }, [revealed]);

  return (
    <div className="practice-question">
      <h2 id="practice-card-title" className="practice-prompt">
        {card.title}
      </h2>
      <label htmlFor={`${id}-answer`}>Your answer (optional: answering in your head counts too)</label>
      <textarea id={`${id}-answer`} rows={3} value={answer} onChange={(e) => setAnswer(e.target.value)} />
      {!revealed ? (
        <div className="practice-actions">
          <button type="button" className="button" onClick={() => setRevealed(true)} aria-keyshortcuts="Space">
            Show the answer
          </button>
          <span className="playground-hint">Space shows it (when you are not typing).</span>
        </div>
      ) : (
        <>
          <h3 ref={answerHeading} tabIndex={-1} className="practice-answer-title">
            The course’s answer
          </h3>
          <div className="practice-answer prose" dangerouslySetInnerHTML={{ __html: card.answerHtml ?? '' }} />
          <fieldset className="practice-grades">
            <legend>How well did you remember it?</legend>
            {GRADES.map((g) => (
              <button
                key={g}
                type="button"
                className="button-secondary"
                onClick={() => onGrade(g)}
                aria-keyshortcuts={String(g)}
              >
                <span>
                  <kbd>{g}</kbd> {GRADE_LABELS[g]}
                </span>
                <span className="practice-grade-help">{GRADE_HELP[g]}</span>
              </button>
            ))}
          </fieldset>
        </>
      )}
    </div>
  );
}
