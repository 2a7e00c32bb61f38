/**
 * The 12-week plan as an iCalendar file (RFC 5545), one all-day event per
 * week, so it can be imported into any calendar. Pure text generation:
 * - every line ends in CRLF, including the last;
 * - lines longer than 75 octets (UTF-8 bytes, not characters) are folded with
 *   CRLF + space, never splitting a multi-byte character;
 * - TEXT values escape backslash, semicolon, comma and line breaks;
 * - all-day events use DTSTART;VALUE=DATE with an exclusive DTEND;
 * - UIDs derive from the plan's creation time and the week number, so
 *   exporting again updates the same events instead of duplicating them.
 */
import { addDays, compactDay } from './days';
import type { PlanTask, StudyPlan } from './types';

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** Escapes a TEXT value: \ ; , and line breaks (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replaceAll('\\', '\\\\')
    .replaceAll(';', '\\;')
    .replaceAll(',', '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds one content line into lines of at most 75 octets; continuation lines
 * start with a space, which counts towards their 75 (RFC 5545 §3.1).
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

/** A UTC instant in iCalendar's basic format: 20260105T093000Z. */
export function icsTimestamp(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

export interface IcsOptions {
  /** When the file is generated (DTSTAMP). */
  now: Date;
  /** Project id → title, for event titles. */
  projectTitles: Readonly<Record<string, string>>;
  /** Task kind → label, for the checklist in each event's description. */
  kindLabels: Readonly<Record<PlanTask['kind'], string>>;
  /** Absolute URL of the plan page, linked from every event; task links are made absolute against it. Omitted when unknown. */
  planUrl?: string;
}

/** The whole plan as an .ics document. */
export function planToIcs(plan: Pick<StudyPlan, 'createdAt' | 'weeks' | 'done'>, options: IcsOptions): string {
  const stamp = icsTimestamp(options.now);
  const planKey = icsTimestamp(new Date(plan.createdAt));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Go Mastery//12-week plan//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText('Go Mastery: 12-week plan')}`,
  ];
  // A calendar has no site to resolve "/lessons/…" against, so links become absolute when the site is known.
  const link = (href: string) => (options.planUrl ? new URL(href, options.planUrl).href : href);
  for (const week of plan.weeks) {
    const number = week.index + 1;
    const project = options.projectTitles[week.project] ?? week.project;
    const checklist = week.tasks.map(
      (t) =>
        `${plan.done[t.id] ? '[x]' : '[ ]'} ${options.kindLabels[t.kind]}: ${t.text}${t.href ? ` (${link(t.href)})` : ''}`,
    );
    const description = [`${project}: ${week.theme}`, '', ...checklist].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:plan-${planKey}-week-${String(number).padStart(2, '0')}@go-mastery`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDay(week.start)}`,
      // DTEND of an all-day event is exclusive: the day after the week's last day.
      `DTEND;VALUE=DATE:${compactDay(addDays(week.end, 1))}`,
      `SUMMARY:${escapeText(`Go week ${number} of ${plan.weeks.length}: ${project} — ${week.theme}`)}`,
      `DESCRIPTION:${escapeText(description)}`,
      ...(options.planUrl ? [`URL:${options.planUrl}`] : []),
      // A study week should not show the learner as busy all week.
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
