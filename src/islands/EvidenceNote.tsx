import { evidenceFlag, type AreaEvidence } from '../lib/learner/mastery';
import { retentionIsLow, type AreaRetention } from '../lib/practice/evidence';

interface Props {
  score: number | undefined;
  evidence: AreaEvidence;
  /** Recall in practice reviews for this area; undefined when it has not been practised. */
  retention?: AreaRetention | undefined;
}

/** Exercises solved and practice recall beside the self-score, and a gentle note when they disagree. */
export default function EvidenceNote({ score, evidence, retention }: Props) {
  const low = retentionIsLow(retention);
  const flag = evidenceFlag(score, evidence, low);
  return (
    <div className="evidence">
      <p className="evidence-count">
        {evidence.available === 0
          ? 'No exercise for this area is published yet.'
          : `Evidence: ${evidence.solved} of ${evidence.available} exercise${evidence.available === 1 ? '' : 's'} solved.`}{' '}
        {retention
          ? `Practice: ${retention.recalled} of ${retention.of} review${retention.of === 1 ? '' : 's'} recalled.`
          : 'Not practised yet.'}
      </p>
      {flag === 'above' && low && (
        <p className="evidence-flag">
          You rated this 4 or higher, but in practice you recalled fewer than 60 % of this area&apos;s reviews. It was
          learned once; the reviews say it is fading. A few more practice sessions will tell which is right.
        </p>
      )}
      {flag === 'above' && !low && (
        <p className="evidence-flag">
          You rated this 4 or higher but have solved fewer than half of its exercises. Solving them would back the score
          up — or show it needs another look.
        </p>
      )}
      {flag === 'below' && (
        <p className="evidence-flag">
          You have solved most of this area&apos;s exercises yet rated it 2 or lower. You may know more than you give
          yourself credit for.
        </p>
      )}
    </div>
  );
}
