import { useState, type SubmitEvent } from 'react';
import { MASTERY_AREA_IDS, type MasteryAreaId } from '../lib/mastery-areas';
import { MAX_SCORE, MIN_SCORE, type AreaEvidence } from '../lib/learner/mastery';
import type { Assessment } from '../lib/learner/types';
import type { AreaGuide } from '../lib/reference';
import EvidenceNote from './EvidenceNote';
import type { RetentionByArea } from './hooks/usePracticeRetention';

interface Props {
  areas: AreaGuide[];
  /** Where the form starts: the latest assessment, so scoring again means changing what moved. */
  initial: Pick<Assessment, 'scores' | 'notes'>;
  evidence: Record<MasteryAreaId, AreaEvidence>;
  /** Recall in practice reviews, per area (absent: not practised). */
  retention: RetentionByArea;
  /** Saves a new assessment; rejects with a message for the learner. */
  onSave: (scores: Assessment['scores'], notes: Assessment['notes']) => Promise<void>;
}

const SCORES = Array.from({ length: MAX_SCORE - MIN_SCORE + 1 }, (_, i) => MIN_SCORE + i);

/** One fieldset per area: a 1–5 choice with what each number means, the evidence, and a note. */
export default function MasteryScoreForm({ areas, initial, evidence, retention, onSave }: Props) {
  const [scores, setScores] = useState<Assessment['scores']>(initial.scores);
  const [notes, setNotes] = useState<Assessment['notes']>(initial.notes);
  const [busy, setBusy] = useState(false);
  // Scoring is saved on purpose (each save is a dated entry), so say when there is something to save.
  const changed = MASTERY_AREA_IDS.some(
    (id) => scores[id] !== initial.scores[id] || (notes[id] ?? '').trim() !== (initial.notes[id] ?? ''),
  );

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await onSave(scores, notes);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="mastery-form" onSubmit={(e) => void submit(e)}>
      {areas.map((area) => {
        const score = scores[area.id];
        const describedBy = `mastery-${area.id}-meaning`;
        return (
          <fieldset key={area.id} className="mastery-area" data-area={area.id}>
            <legend>
              <span className="mastery-area-title">{area.title}</span>{' '}
              <span className="mastery-area-question">{area.question}</span>
            </legend>
            <div className="score-options">
              {SCORES.map((n) => (
                <label key={n} className="score-option">
                  <input
                    type="radio"
                    name={`score-${area.id}`}
                    value={n}
                    checked={score === n}
                    aria-describedby={describedBy}
                    onChange={() => setScores((s) => ({ ...s, [area.id]: n }))}
                  />
                  <span>{n}</span>
                </label>
              ))}
            </div>
            <p className="score-meaning" id={describedBy} aria-live="polite">
              {score ? (
                <>
                  <strong>{score}:</strong> {area.levels[score as 1 | 2 | 3 | 4 | 5]}
                </>
              ) : (
                'Not scored yet: pick the number whose statement fits you today.'
              )}
            </p>
            <details className="score-scale">
              <summary>What 1–5 mean in {area.title}</summary>
              <ol>
                {SCORES.map((n) => (
                  <li key={n} value={n}>
                    {area.levels[n as 1 | 2 | 3 | 4 | 5]}
                  </li>
                ))}
              </ol>
            </details>
            <EvidenceNote score={score} evidence={evidence[area.id]} retention={retention[area.id]} />
            <label className="mastery-note">
              Note (optional): what backs this score, or what is missing
              <textarea
                rows={2}
                maxLength={2000}
                value={notes[area.id] ?? ''}
                onChange={(e) => setNotes((n) => ({ ...n, [area.id]: e.target.value }))}
              />
            </label>
          </fieldset>
        );
      })}
      <p className="mastery-actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Saving…' : 'Save assessment'}
        </button>
        {changed && <span className="save-state"> You have changes that are not saved yet.</span>}
      </p>
    </form>
  );
}
