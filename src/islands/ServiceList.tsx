import { useId, useState, type SubmitEvent } from 'react';
import { formatInstant } from '../lib/learner/days';

interface Item {
  id: string;
  service: string;
  updatedAt: string;
}

interface Props {
  /** What a record is called: "scorecard", "review document". */
  noun: string;
  /** Most recently changed first. */
  items: Item[];
  openId: string | undefined;
  onOpen: (id: string) => void;
  /** Creates a record for a service; rejects with a message for the learner. */
  onCreate: (service: string) => Promise<void>;
  onDelete: (item: Item) => void;
}

/** The saved records, one per service, to reopen or delete, and a form to start one for another service. */
export default function ServiceList({ noun, items, openId, onOpen, onCreate, onDelete }: Props) {
  const inputId = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const create = async (event: SubmitEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onCreate(name);
      setName('');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="service-list">
      {items.length > 0 && (
        <ul className="service-items" aria-label={`Your ${noun}s`}>
          {items.map((item) => (
            <li key={item.id} className={item.id === openId ? 'service-item service-item-open' : 'service-item'}>
              <button
                type="button"
                className="link-button"
                aria-current={item.id === openId ? 'true' : undefined}
                onClick={() => onOpen(item.id)}
              >
                {item.service}
              </button>{' '}
              <span className="service-updated">changed {formatInstant(item.updatedAt)}</span>{' '}
              <button
                type="button"
                className="link-button"
                aria-label={`Delete the ${noun} of ${item.service}`}
                onClick={() => onDelete(item)}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="service-create" onSubmit={(e) => void create(e)}>
        <label htmlFor={inputId}>Service name</label>
        <input
          id={inputId}
          type="text"
          maxLength={120}
          value={name}
          placeholder="e.g. caseflow-service"
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="button" disabled={busy}>
          New {noun}
        </button>
      </form>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
