import { useCallback, useState } from 'react';

/**
 * Values the learner just chose, shown until the stored record catches up.
 * Controls bound to IndexedDB through useLiveQuery would otherwise snap back
 * for a moment after a click (the write and the re-read take a few ms).
 * `basis` identifies the stored version (its updatedAt): once the record
 * changes, the overrides are dropped and the stored values show again — so a
 * later change from another tab is never hidden. `drop` removes an override
 * whose write failed, so the control shows the stored value again.
 */
export interface PendingOverrides<V> {
  overrides: Readonly<Record<string, V>>;
  set: (key: string, value: V) => void;
  drop: (key: string) => void;
}

export function usePendingOverrides<V>(basis: string): PendingOverrides<V> {
  const [state, setState] = useState<{ basis: string; values: Record<string, V> }>({ basis, values: {} });
  const set = useCallback(
    (key: string, value: V) =>
      setState((s) => ({ basis, values: { ...(s.basis === basis ? s.values : {}), [key]: value } })),
    [basis],
  );
  const drop = useCallback(
    (key: string) =>
      setState((s) => ({
        basis: s.basis,
        values: Object.fromEntries(Object.entries(s.values).filter(([k]) => k !== key)),
      })),
    [],
  );
  return { overrides: state.basis === basis ? state.values : {}, set, drop };
}
