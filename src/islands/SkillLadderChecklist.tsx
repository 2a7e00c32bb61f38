import { ladderPlacement } from '../lib/learner/scorecard';
import type { SkillLadder } from '../lib/schema/rubrics';
import CheckboxList from './CheckboxList';

interface Props {
  cardId: string;
  checked: Record<string, boolean>;
  ladder: SkillLadder;
  onChange: (criterion: string, checked: boolean) => void;
}

/** The five-level skill ladder as checkboxes, with the level the checked boxes put the learner on. */
export default function SkillLadderChecklist({ cardId, checked, ladder, onChange }: Props) {
  const placement = ladderPlacement(checked, ladder.levels);
  const current = ladder.levels.find((l) => l.level === placement.level);
  const next = placement.next;
  return (
    <section className="skill-ladder" aria-labelledby={`ladder-title-${cardId}`}>
      <h3 id={`ladder-title-${cardId}`}>Skill ladder</h3>
      <p>
        Check what building this service showed you can do without help. You stand on a level when every box of it and
        of the levels below is checked.
      </p>
      <p className="ladder-placement" aria-live="polite">
        {current ? (
          <>
            You stand on{' '}
            <strong>
              level {current.level}: {current.title}
            </strong>
            .
          </>
        ) : (
          <>Check every box of level 1 to step onto the ladder.</>
        )}
        {next && ` Level ${next.level}: ${next.checked} of ${next.total} checked.`}
      </p>
      {ladder.levels.map((level) => (
        <fieldset key={level.id} className="ladder-level" data-level={level.level}>
          <legend>
            Level {level.level}: {level.title}
          </legend>
          <p className="ladder-summary">{level.summary}</p>
          <CheckboxList idPrefix={cardId} items={level.criteria} checked={checked} onChange={onChange} />
          {level.limitations.length > 0 && (
            <p className="ladder-limitations">Typical limits at this level: {level.limitations.join(' ')}</p>
          )}
        </fieldset>
      ))}
    </section>
  );
}
