import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { createScorecard, deleteScorecard, updateScorecard, type ScorecardPatch } from '../db/scorecards';
import type { LearnerDatabase } from '../db/schema';
import type { Scorecard } from '../lib/learner/types';
import type { Checklist, ScorecardRubric, SkillLadder } from '../lib/schema/rubrics';
import ScorecardEditor from './ScorecardEditor';
import ServiceList from './ServiceList';
import StorageNotice from './StorageNotice';
import { useLearnerDb } from './hooks/useLearnerDb';
import { usePendingOverrides, type PendingOverrides } from './hooks/usePendingOverrides';
import { useWriteStatus } from './hooks/useWriteStatus';

interface Props {
  rubric: ScorecardRubric;
  ladder: SkillLadder;
  checklist: Checklist;
}

/** Scorecards, one per service: pick or start one, score it, tick its checklist, place yourself on the ladder. */
export default function ReadinessScorecards({ rubric, ladder, checklist }: Props) {
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
          checklist={checklist}
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
  checklist: Checklist;
  db: LearnerDatabase;
  onRename: (id: string, service: string) => Promise<void>;
  /** Called on every change, to pin this card open while the list re-sorts. */
  onEdit: (id: string) => void;
}

/** The open scorecard, showing each click at once while it is being saved. */
function OpenScorecard({ card, rubric, ladder, checklist, db, onRename, onEdit }: OpenScorecardProps) {
  const scores = usePendingOverrides<0 | 1 | 2>(card.updatedAt);
  const boxes = usePendingOverrides<boolean>(card.updatedAt);
  const ticks = usePendingOverrides<boolean>(card.updatedAt);
  const writes = useWriteStatus();
  const shown: Scorecard = {
    ...card,
    scores: { ...card.scores, ...scores.overrides },
    ladder: { ...card.ladder, ...boxes.overrides },
    checklist: { ...card.checklist, ...ticks.overrides },
  };
  /** Shows one click at once and stores it; on failure the control shows the stored value again (the storage notice says why). */
  const change = <T,>(pending: PendingOverrides<T>, key: string, value: T, patch: ScorecardPatch) => {
    onEdit(card.id);
    pending.set(key, value);
    void writes.track(updateScorecard(db, card.id, patch)).catch(() => pending.drop(key));
  };
  return (
    <ScorecardEditor
      card={shown}
      rubric={rubric}
      ladder={ladder}
      checklist={checklist}
      onScore={(area, score) => change(scores, area, score, { scores: { [area]: score } })}
      onLadder={(criterion, checked) => change(boxes, criterion, checked, { ladder: { [criterion]: checked } })}
      onChecklist={(item, checked) => change(ticks, item, checked, { checklist: { [item]: checked } })}
      onRename={(service) => onRename(card.id, service)}
      onEdit={() => onEdit(card.id)}
      saveStatus={writes.status}
    />
  );
}
