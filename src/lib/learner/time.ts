/** The current time as an ISO string (one place, so tests can reason about it). */
export function nowIso(): string {
  return new Date().toISOString();
}

/** The local calendar day of an instant, as YYYY-MM-DD. */
export function localDay(date: Date = new Date()): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
