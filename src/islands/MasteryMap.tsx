import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { saveAssessment } from '../db/assessments';
import { formatInstant } from '../lib/learner/days';
import {
  areaEvidence,
  evidenceFlag,
  focusAreas,
  MAX_SCORE,
  newestFirst,
  type AreaEvidence,
} from '../lib/learner/mastery';
import type { MasteryAreaId } from '../lib/mastery-areas';
import type { Assessment } from '../lib/learner/types';
import type { AreaGuide } from '../lib/reference';
import AssessmentHistory from './AssessmentHistory';
import FocusNext from './FocusNext';
import MasteryScoreForm from './MasteryScoreForm';
import RadarChart from './RadarChart';
import StorageNotice from './StorageNotice';
import { useLearnerDb } from './hooks/useLearnerDb';
import { usePracticeRetention, type RetentionByArea } from './hooks/usePracticeRetention';
import { retentionIsLow } from '../lib/practice/evidence';

interface Props {
  areas: AreaGuide[];
}

const TABLE_ID = 'mastery-latest-table';

/** The mastery map: latest scores as a radar and a table, what to focus on next, the scoring form and the history. */
export default function MasteryMap({ areas }: Props) {
  const db = useLearnerDb();
  const assessments = useLiveQuery(async () => (db ? db.assessments.toArray() : undefined), [db]);
  const solvedRecords = useLiveQuery(async () => (db ? db.solved.toArray() : undefined), [db]);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const retention = usePracticeRetention(db);

  const guides = useMemo(() => new Map(areas.map((a) => [a.id, a])), [areas]);
  const solved = useMemo(() => new Set(solvedRecords?.map((s) => s.id)), [solvedRecords]);
  const evidence = useMemo(
    () =>
      Object.fromEntries(areas.map((a) => [a.id, areaEvidence(a.exercises, solved)])) as Record<
        MasteryAreaId,
        AreaEvidence
      >,
    [areas, solved],
  );

  if (!db || !assessments || !solvedRecords) return null;

  const history = newestFirst(assessments);
  const latest = history[0];
  const previous = history[1];

  const save = async (scores: Assessment['scores'], notes: Assessment['notes']) => {
    setMessage(null);
    try {
      const stored = await saveAssessment(db, scores, notes);
      setMessage({
        kind: 'ok',
        text: `Saved your assessment of ${formatInstant(stored.at)}. The map above now shows it.`,
      });
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div className="mastery-map">
      <StorageNotice />
      <section aria-labelledby="mastery-latest-title">
        <h2 id="mastery-latest-title">Your map</h2>
        {latest ? (
          <>
            <p>
              Latest assessment: {formatInstant(latest.at)}
              {previous ? `; the dashed outline is the one before, from ${formatInstant(previous.at)}.` : '.'}
            </p>
            <div className="mastery-overview">
              <RadarChart
                labels={areas.map((a) => a.title)}
                latest={areas.map((a) => latest.scores[a.id])}
                previous={previous ? areas.map((a) => previous.scores[a.id]) : null}
                max={MAX_SCORE}
                tableId={TABLE_ID}
              />
              <LatestTable
                areas={areas}
                latest={latest}
                previous={previous}
                evidence={evidence}
                retention={retention}
              />
            </div>
          </>
        ) : (
          <p>
            No assessment yet. Score each area below — honestly, by what you can explain and build today — and save.
            Your map appears here.
          </p>
        )}
      </section>

      {latest && (
        <section aria-labelledby="mastery-focus-title">
          <h2 id="mastery-focus-title">Focus next</h2>
          <p>Every area you scored below 4, weakest first, with the lessons and exercises that teach it.</p>
          <FocusNext focus={focusAreas(latest.scores, evidence)} guides={guides} solved={solved} />
        </section>
      )}

      <section aria-labelledby="mastery-score-title">
        <h2 id="mastery-score-title">{latest ? 'Score yourself again' : 'Score yourself'}</h2>
        <p>
          The form starts from your latest scores. Saving adds a new dated assessment; earlier ones stay in the history.
        </p>
        <MasteryScoreForm
          key={latest?.id ?? 'first'}
          areas={areas}
          initial={latest ?? { scores: {}, notes: {} }}
          evidence={evidence}
          retention={retention}
          onSave={save}
        />
        {message && (
          <p
            className={message.kind === 'ok' ? 'form-status' : 'form-error'}
            role={message.kind === 'ok' ? 'status' : 'alert'}
          >
            {message.text}
          </p>
        )}
      </section>

      {history.length > 0 && (
        <section aria-labelledby="mastery-history-title">
          <h2 id="mastery-history-title">History</h2>
          <AssessmentHistory assessments={history} areas={areas} />
        </section>
      )}
    </div>
  );
}

interface LatestTableProps {
  areas: AreaGuide[];
  latest: Assessment;
  previous: Assessment | undefined;
  evidence: Record<MasteryAreaId, AreaEvidence>;
  retention: RetentionByArea;
}

/** The radar's data in words: each area's latest score, the change since the previous one, and the evidence. */
function LatestTable({ areas, latest, previous, evidence, retention }: LatestTableProps) {
  return (
    <div className="table-scroll" role="region" aria-label="Latest scores" tabIndex={0}>
      <table className="mastery-table" id={TABLE_ID}>
        <caption>Latest scores (1–5) with the evidence from solved exercises and practice reviews</caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">Score</th>
            {previous && <th scope="col">Before</th>}
            <th scope="col">Exercises solved</th>
            <th scope="col">Recalled in practice</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {areas.map((area) => {
            const score = latest.scores[area.id];
            const before = previous?.scores[area.id];
            const e = evidence[area.id];
            const r = retention[area.id];
            const flag = evidenceFlag(score, e, retentionIsLow(r));
            return (
              <tr key={area.id} data-area={area.id}>
                <th scope="row">{area.title}</th>
                <td className="mastery-score">{score ?? 'not scored'}</td>
                {previous && <td>{before ?? '–'}</td>}
                <td>
                  {e.available === 0 ? 'none published' : `${e.solved} of ${e.available}`}
                  {flag && (
                    <span className="evidence-badge">
                      {flag === 'above' ? 'score above evidence' : 'score below evidence'}
                    </span>
                  )}
                </td>
                <td>{r ? `${r.recalled} of ${r.of} reviews` : 'no reviews yet'}</td>
                <td>{latest.notes[area.id] ?? ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
