import { useCallback } from 'react';
import { scorecardBand, scorecardTotal } from '../lib/learner/scorecard';
import type { Scorecard } from '../lib/learner/types';
import type { Checklist, ScorecardRubric, SkillLadder } from '../lib/schema/rubrics';
import ProductionChecklist from './ProductionChecklist';
import SaveState from './SaveState';
import SkillLadderChecklist from './SkillLadderChecklist';
import { useAutosave, type SaveStatus } from './hooks/useAutosave';

interface Props {
  card: Scorecard;
  rubric: ScorecardRubric;
  ladder: SkillLadder;
  checklist: Checklist;
  onScore: (area: string, score: 0 | 1 | 2) => void;
  onLadder: (criterion: string, checked: boolean) => void;
  onChecklist: (item: string, checked: boolean) => void;
  onRename: (service: string) => Promise<void>;
  /** Called as the learner types the name, before anything is saved. */
  onEdit: () => void;
  /** Whether the scores and boxes clicked so far are stored. */
  saveStatus: SaveStatus;
}

const LEVELS = [0, 1, 2] as const;

/**
 * One service's readiness scorecard: 0–2 per area with the running total and
 * band, the production-ready checklist, then the skill ladder.
 */
export default function ScorecardEditor(props: Props) {
  const { card, rubric, ladder, checklist, onScore, onLadder, onChecklist, onRename, onEdit, saveStatus } = props;
  const rename = useCallback((name: string) => onRename(name), [onRename]);
  const name = useAutosave(card.service, rename);
  const { total, scored, max } = scorecardTotal(card.scores, rubric.areas);
  const band = scorecardBand(total, rubric.bands);
  const missing = rubric.areas.length - scored;

  return (
    <div className="scorecard" data-scorecard={card.id}>
      <p className="service-name">
        <label htmlFor={`scorecard-name-${card.id}`}>Service</label>
        <input
          id={`scorecard-name-${card.id}`}
          type="text"
          maxLength={120}
          value={name.value}
          onChange={(e) => {
            onEdit();
            name.change(e.target.value);
          }}
          onBlur={name.flush}
        />
      </p>
      <SaveState status={name.status} onRetry={name.flush} />
      <div className="scorecard-total" aria-live="polite">
        <p className="scorecard-total-line">
          Total: <strong data-total={total}>{total}</strong> of {max} —{' '}
          <strong className="scorecard-band">{band.title}</strong>
        </p>
        <p>
          {band.meaning}
          {missing > 0 &&
            ` ${missing} area${missing === 1 ? ' is' : 's are'} not scored yet, so the total can only rise.`}
        </p>
      </div>
      <SaveState status={saveStatus} />
      <div className="scorecard-areas">
        {rubric.areas.map((area) => (
          <fieldset key={area.id} className="scorecard-area" data-area={area.id}>
            <legend>
              <span className="scorecard-area-title">{area.title}</span>{' '}
              <span className="scorecard-area-question">{area.question}</span>
            </legend>
            {LEVELS.map((level) => (
              <label key={level} className="scorecard-level">
                <input
                  type="radio"
                  name={`${card.id}-${area.id}`}
                  value={level}
                  checked={card.scores[area.id] === level}
                  onChange={() => onScore(area.id, level)}
                />
                <span className="scorecard-level-number">{level}</span> {area.levels[level]}
              </label>
            ))}
          </fieldset>
        ))}
      </div>
      <details className="scorecard-bands">
        <summary>The four bands</summary>
        <ul>
          {rubric.bands.map((b) => (
            <li key={b.id}>
              <strong>
                {b.min}–{b.max}: {b.title}.
              </strong>{' '}
              {b.meaning}
            </li>
          ))}
        </ul>
      </details>
      <ProductionChecklist cardId={card.id} checklist={checklist} checked={card.checklist} onChange={onChecklist} />
      <SkillLadderChecklist cardId={card.id} checked={card.ladder} ladder={ladder} onChange={onLadder} />
    </div>
  );
}
