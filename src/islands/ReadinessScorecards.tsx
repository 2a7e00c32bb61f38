import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { createScorecard, deleteScorecard, updateScorecard } from '../db/scorecards';
import type { LearnerDatabase } from '../db/schema';
import type { Scorecard } from '../lib/learner/types';
import type { ScorecardRubric, SkillLadder } from '../lib/schema/rubrics';
import ScorecardEditor from './ScorecardEditor';
import ServiceList from './ServiceList';
import StorageNotice from './StorageNotice';
import { useLearnerDb } from './hooks/useLearnerDb';
import { usePendingOverrides } from './hooks/usePendingOverrides';
import { useWriteStatus } from './hooks/useWriteStatus';

interface Props {
  rubric: ScorecardRubric;
  ladder: SkillLadder;
}

/** Scorecards, one per service: pick or start one, score it, place yourself on the ladder. */
export default function ReadinessScorecards({ rubric, ladder }: Props) {
  const db = useLearnerDb();
  const cards = useLiveQuery(
    async () => (db ? db.scorecards.orderBy('updatedAt').reverse().toArray() : undefined),
    [db],
  );
  const [openId, setOpenId] = useState<string>();
  const ignore = () => undefined; // the storage notice explains failures

  const rename = useCallback(
    async (id: string, service: string) => {
      if (db) await updateScorecard(db, id, { service });
    },
    [db],
  );

  if (!db || !cards) return null;
  // Reopen the service picked, else the one changed last.
  const open = cards.find((c) => c.id === openId) ?? cards[0];

  return (
    <div className="review-tool">
      <StorageNotice />
      <ServiceList
        noun="scorecard"
        items={cards}
        openId={open?.id}
        onOpen={setOpenId}
        onCreate={async (service) => setOpenId((await createScorecard(db, service)).id)}
        onDelete={(card) => {
          if (window.confirm(`Delete the scorecard of ${card.service}? This cannot be undone.`)) {
            void deleteScorecard(db, card.id).catch(ignore);
          }
        }}
      />
      {open ? (
        <OpenScorecard
          key={open.id}
          card={open}
          rubric={rubric}
          ladder={ladder}
          db={db}
          onRename={rename}
          onEdit={setOpenId}
        />
      ) : (
        <p>Name a service of yours — the capstone, or one you run at work — to start its scorecard.</p>
      )}
    </div>
  );
}

interface OpenScorecardProps {
  card: Scorecard;
  rubric: ScorecardRubric;
  ladder: SkillLadder;
  db: LearnerDatabase;
  onRename: (id: string, service: string) => Promise<void>;
  /** Called on every change, to pin this card open while the list re-sorts. */
  onEdit: (id: string) => void;
}

/** The open scorecard, showing each click at once while it is being saved. */
function OpenScorecard({ card, rubric, ladder, db, onRename, onEdit }: OpenScorecardProps) {
  const scores = usePendingOverrides<0 | 1 | 2>(card.updatedAt);
  const boxes = usePendingOverrides<boolean>(card.updatedAt);
  const writes = useWriteStatus();
  const shown: Scorecard = {
    ...card,
    scores: { ...card.scores, ...scores.overrides },
    ladder: { ...card.ladder, ...boxes.overrides },
  };
  return (
    <ScorecardEditor
      card={shown}
      rubric={rubric}
      ladder={ladder}
      onScore={(area, score) => {
        onEdit(card.id);
        scores.set(area, score);
        // On failure the control shows the stored value again; the storage notice says why.
        void writes.track(updateScorecard(db, card.id, { scores: { [area]: score } })).catch(() => scores.drop(area));
      }}
      onLadder={(criterion, checked) => {
        onEdit(card.id);
        boxes.set(criterion, checked);
        void writes
          .track(updateScorecard(db, card.id, { ladder: { [criterion]: checked } }))
          .catch(() => boxes.drop(criterion));
      }}
      onRename={(service) => onRename(card.id, service)}
      onEdit={() => onEdit(card.id)}
      saveStatus={writes.status}
    />
  );
}
