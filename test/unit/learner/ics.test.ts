import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icsTimestamp, planToIcs } from '../../../src/lib/learner/ics';
import { mergePlan, taskKindLabels } from '../../../src/lib/learner/plan';
import type { PlanWeek } from '../../../src/lib/learner/types';
import { reference } from './reference-fixture';

const octets = (s: string) => new TextEncoder().encode(s).length;

const week = (index: number, start: string, end: string, tasks: PlanWeek['tasks']): PlanWeek => ({
  index,
  start,
  end,
  project: 'rest-service',
  theme: 'A walking skeleton',
  focusAreas: [],
  tasks,
});

const plan = {
  ...mergePlan(
    undefined,
    {
      startDate: '2026-01-26',
      assessmentId: null,
      weeks: [
        week(0, '2026-01-26', '2026-02-01', [
          { id: 't1', kind: 'ship', text: 'Build it; test it, then ship it' },
          { id: 't2', kind: 'lesson', text: 'Review part 11', href: '/lessons/testing/' },
        ]),
        week(1, '2026-12-28', '2027-01-03', [{ id: 't3', kind: 'document', text: 'Write C:\\notes\nand more' }]),
      ],
    },
    '2026-01-20T09:15:00.000Z',
  ),
  done: { t1: '2026-01-27T10:00:00.000Z' },
};

const options = {
  now: new Date('2026-02-03T04:05:06.789Z'),
  projectTitles: { 'rest-service': 'A production REST service' },
  kindLabels: taskKindLabels(reference.cadence),
};

/** Undoes line folding, to read logical lines. */
const unfold = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');

describe('text escaping', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });
});

describe('line folding', () => {
  it('leaves a line of 75 octets alone', () => {
    const line = 'x'.repeat(75);
    expect(foldLine(line)).toBe(line);
  });

  it('folds longer lines into lines of at most 75 octets, continuation lines starting with a space', () => {
    const folded = foldLine('y'.repeat(200));
    const lines = folded.split('\r\n');
    // 75 + 74 + 51 characters: each continuation line spends one octet on its leading space.
    expect(lines.map(octets)).toEqual([75, 75, 52]);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe('y'.repeat(200));
  });

  it('counts UTF-8 octets and never splits a character', () => {
    const text = 'é'.repeat(60) + '😀'.repeat(20);
    const lines = foldLine(text).split('\r\n');
    for (const line of lines) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    expect(lines[0]).toBe('é'.repeat(37));
    expect(foldLine(text).replace(/\r\n /g, '')).toBe(text);
  });
});

describe('the plan as iCalendar', () => {
  const ics = planToIcs(plan, options);
  const lines = unfold(ics);

  it('is a calendar with CRLF line endings everywhere, ending in CRLF', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('keeps every physical line within 75 octets', () => {
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('has one all-day event per week with an exclusive end date, across a year boundary', () => {
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines).toContain('DTSTART;VALUE=DATE:20260126');
    expect(lines).toContain('DTEND;VALUE=DATE:20260202');
    expect(lines).toContain('DTSTART;VALUE=DATE:20261228');
    expect(lines).toContain('DTEND;VALUE=DATE:20270104');
  });

  it('stamps DTSTAMP in UTC and gives stable UIDs from the plan and week', () => {
    expect(icsTimestamp(options.now)).toBe('20260203T040506Z');
    expect(lines.filter((l) => l.startsWith('DTSTAMP:'))).toEqual([
      'DTSTAMP:20260203T040506Z',
      'DTSTAMP:20260203T040506Z',
    ]);
    expect(lines.filter((l) => l.startsWith('UID:'))).toEqual([
      'UID:plan-20260120T091500Z-week-01@go-mastery',
      'UID:plan-20260120T091500Z-week-02@go-mastery',
    ]);
    // Exporting again later (another DTSTAMP) keeps the UIDs, so calendars update rather than duplicate.
    const again = unfold(planToIcs(plan, { ...options, now: new Date('2026-06-01T00:00:00Z') }));
    expect(again.filter((l) => l.startsWith('UID:'))).toEqual(lines.filter((l) => l.startsWith('UID:')));
  });

  it('escapes the summary and lists the tasks, checked or not, in the description', () => {
    expect(lines).toContain('SUMMARY:Go week 1 of 2: A production REST service — A walking skeleton');
    const description = lines.find((l) => l.startsWith('DESCRIPTION:') && l.includes('skeleton'));
    expect(description).toBe(
      'DESCRIPTION:A production REST service: A walking skeleton\\n\\n[x] Ship: Build it\\; test it\\, then ship it\\n[ ] Lesson: Review part 11 (/lessons/testing/)',
    );
    expect(lines.some((l) => l.includes('[ ] Document: Write C:\\\\notes\\nand more'))).toBe(true);
  });

  it('links the plan page when its URL is known, and makes task links absolute against it', () => {
    const withSite = unfold(planToIcs(plan, { ...options, planUrl: 'https://example.org/plan/' }));
    expect(withSite).toContain('URL:https://example.org/plan/');
    expect(withSite.some((l) => l.includes('Review part 11 (https://example.org/lessons/testing/)'))).toBe(true);
    expect(lines.some((l) => l.startsWith('URL:'))).toBe(false);
  });
});
