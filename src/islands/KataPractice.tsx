import { useState } from 'react';
import type { PracticeCard } from '../lib/practice/cards';
import { kataGrade } from '../lib/practice/evidence';
import { GRADE_LABELS, type ReviewGrade } from '../lib/practice/schedule';
import ReviewKata from './ReviewKata';

interface Props {
  card: PracticeCard;
  /** When the card was last reviewed: an older practice review is not reused. */
  since: string;
  onGrade(grade: ReviewGrade): void;
}

/** A kata card: review the code again from a blank page; the graded review sets the grade. */
export default function KataPractice({ card, since, onGrade }: Props) {
  const slug = card.id.slice('kata:'.length);
  const [grade, setGrade] = useState<ReviewGrade | null>(null);
  return (
    <div className="practice-kata">
      <h2 id="practice-card-title">Review it again: {card.title}</h2>
      <p>
        Comment on the code as if you had never seen it. A passed review of 90 or more counts as Easy, a passed review
        as Good, a score of 40 or more as Hard.
      </p>
      <ReviewKata slug={slug} practice={{ since, onSubmitted: (review) => setGrade(kataGrade(review)) }} />
      <div className="practice-actions">
        {grade ? (
          <button type="button" className="button" onClick={() => onGrade(grade)}>
            Record {GRADE_LABELS[grade]} and continue
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
