import type { SaveStatus } from './hooks/useAutosave';

interface Props {
  status: SaveStatus;
  /** Saves the pending text again; without it (a click that failed) the learner is asked to click again. */
  onRetry?: () => void;
}

const words: Record<Exclude<SaveStatus, 'idle' | 'error'>, string> = {
  pending: 'Unsaved changes…',
  saving: 'Saving…',
  saved: 'Saved in this browser.',
};

/** A quiet line saying whether the learner's changes are stored yet, with a way forward after a failure. */
export default function SaveState({ status, onRetry }: Props) {
  if (status === 'idle') return null;
  if (status === 'error') {
    return (
      <p className="save-state save-state-error">
        {onRetry ? (
          <>
            Not saved yet.{' '}
            <button type="button" className="link-button" onClick={onRetry}>
              Try again
            </button>
          </>
        ) : (
          'The last change was not saved, so the form shows what is stored. Make the change again.'
        )}
      </p>
    );
  }
  return <p className="save-state">{words[status]}</p>;
}
