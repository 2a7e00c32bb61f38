/**
 * Calendar days as ISO strings (YYYY-MM-DD). Arithmetic runs in UTC so that a
 * daylight-saving change can never make a "day" 23 or 25 hours long; the day
 * strings themselves carry no time zone.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written as YYYY-MM-DD (rejects 2026-02-30). */
export function isIsoDay(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** The day `n` days after `day` (n may be negative). */
export function addDays(day: string, n: number): string {
  if (!isIsoDay(day)) throw new Error(`"${day}" is not a date in the form YYYY-MM-DD`);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** A day without dashes, as iCalendar writes dates: 2026-01-05 → 20260105. */
export function compactDay(day: string): string {
  return day.replaceAll('-', '');
}

/** The weekday of a day, 0 = Sunday … 6 = Saturday. */
function weekday(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** The first Monday on or after `day`: a plan starting on a Monday lines its weeks up with the calendar's. */
export function nextMonday(day: string): string {
  return addDays(day, (8 - weekday(day)) % 7);
}

/** A day for people: "Mon, 5 Jan 2026" in the reader's locale (the weekday helps with plans). */
export function formatDay(day: string, locale?: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** An instant for people, date and time in the reader's locale and time zone. */
export function formatInstant(iso: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
