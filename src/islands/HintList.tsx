import { useState } from 'react';

/** Progressive hints: each press reveals the next one. */
export default function HintList({ hints }: { hints: { title: string; html: string }[] }) {
  const [shown, setShown] = useState(0);
  if (hints.length === 0) return null;
  return (
    <div className="hint-list">
      {hints.slice(0, shown).map((hint) => (
        <section key={hint.title} className="hint" aria-label={hint.title}>
          <p className="hint-title">{hint.title}</p>
          <div className="prose" dangerouslySetInnerHTML={{ __html: hint.html }} />
        </section>
      ))}
      {shown < hints.length && (
        <button type="button" className="button-secondary" onClick={() => setShown(shown + 1)}>
          {shown === 0 ? 'Show a hint' : 'Show the next hint'} ({shown + 1} of {hints.length})
        </button>
      )}
    </div>
  );
}
