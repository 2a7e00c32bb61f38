import { useState } from 'react';
import type { PracticeCard } from '../lib/practice/cards';
import { exerciseGrade } from '../lib/practice/evidence';
import { GRADE_LABELS, type ReviewGrade } from '../lib/practice/schedule';
import ExerciseEditor from './ExerciseEditor';

interface Props {
  card: PracticeCard;
  /** When the card was last reviewed: an older practice draft is not reused. */
  since: string;
  onGrade(grade: ReviewGrade): void;
}

/**
 * An exercise card: solve it again from the starter, graded by its tests,
 * so the grade is measured (Good on a first-run pass, Hard after failed
 * runs, Again for giving up), not claimed.
 */
export default function ExercisePractice({ card, since, onGrade }: Props) {
  const slug = card.id.slice('exercise:'.length);
  const [failedRuns, setFailedRuns] = useState(0);
  const [passed, setPassed] = useState(false);
  const grade = passed ? exerciseGrade({ solved: true, failedRuns }) : null;
  return (
    <div className="practice-exercise">
      <h2 id="practice-card-title">Solve it again: {card.title}</h2>
      <p>
        From the starter, without looking at your earlier solution. The tests grade you: passing on the first run counts
        as Good, after failed runs as Hard.
      </p>
      <ExerciseEditor
        slug={slug}
        practice={{
          since,
          onRun: (ok) => {
            if (ok) setPassed(true);
            else if (!passed) setFailedRuns((n) => n + 1);
          },
        }}
      />
      <div className="practice-actions">
        {grade ? (
          <button type="button" className="button" onClick={() => onGrade(grade)}>
            Solved: record {GRADE_LABELS[grade]} and continue
          </button>
        ) : (
          <button type="button" className="button-secondary" onClick={() => onGrade(1)}>
            I give up for today (Again)
          </button>
        )}
      </div>
    </div>
  );
}
