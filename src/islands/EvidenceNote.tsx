import { evidenceFlag, type AreaEvidence } from '../lib/learner/mastery';

interface Props {
  score: number | undefined;
  evidence: AreaEvidence;
}

/** Exercises solved in an area beside the self-score, and a gentle note when the two disagree. */
export default function EvidenceNote({ score, evidence }: Props) {
  const flag = evidenceFlag(score, evidence);
  return (
    <div className="evidence">
      <p className="evidence-count">
        {evidence.available === 0
          ? 'No exercise for this area is published yet.'
          : `Evidence: ${evidence.solved} of ${evidence.available} exercise${evidence.available === 1 ? '' : 's'} solved.`}
      </p>
      {flag === 'above' && (
        <p className="evidence-flag">
          You rated this 4 or higher but have solved fewer than half of its exercises. Solving them would back the score
          up — or show it needs another look.
        </p>
      )}
      {flag === 'below' && (
        <p className="evidence-flag">
          You have solved most of this area's exercises yet rated it 2 or lower. You may know more than you give
          yourself credit for.
        </p>
      )}
    </div>
  );
}
