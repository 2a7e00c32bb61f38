import type { Checklist } from '../lib/schema/rubrics';
import CheckboxList from './CheckboxList';

interface Props {
  cardId: string;
  checklist: Checklist;
  checked: Record<string, boolean>;
  onChange: (item: string, checked: boolean) => void;
}

/** The production-ready checklist of one service: a yes or a no per line, ticked and stored with its scorecard. */
export default function ProductionChecklist({ cardId, checklist, checked, onChange }: Props) {
  const items = checklist.groups.flatMap((g) => g.items);
  const yes = items.filter((item) => checked[item.id]).length;
  return (
    <section className="production-checklist" aria-labelledby={`checklist-title-${cardId}`}>
      <h3 id={`checklist-title-${cardId}`}>Before you call it production-ready</h3>
      <p>
        Tick each line that is true of this service today. If many stay unticked, it may still be a fine prototype —
        call it one, honestly.
      </p>
      <p className="checklist-count" aria-live="polite">
        <strong>
          {yes} of {items.length}
        </strong>{' '}
        ticked.
      </p>
      <div className="checklist-groups">
        {checklist.groups.map((group) => (
          <fieldset key={group.id} className="checklist-group" data-group={group.id}>
            <legend>{group.title}</legend>
            <CheckboxList idPrefix={cardId} items={group.items} checked={checked} onChange={onChange} />
          </fieldset>
        ))}
      </div>
    </section>
  );
}
