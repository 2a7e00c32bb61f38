import { useCallback } from 'react';
import SaveState from './SaveState';
import { useAutosave } from './hooks/useAutosave';

interface Props {
  id: string;
  label: string;
  initial: string;
  onSave: (text: string) => Promise<void>;
}

/** A week's reflection, saved as the learner pauses typing. */
export default function ReflectionNote({ id, label, initial, onSave }: Props) {
  const save = useCallback((text: string) => onSave(text), [onSave]);
  const { value, change, status, flush } = useAutosave(initial, save);
  return (
    <div className="reflection">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={3}
        maxLength={5000}
        value={value}
        placeholder="What did you ship, measure and learn? What would you do differently?"
        onChange={(e) => change(e.target.value)}
        onBlur={flush}
      />
      <SaveState status={status} onRetry={flush} />
    </div>
  );
}
