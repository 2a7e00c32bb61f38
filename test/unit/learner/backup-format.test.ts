import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TABLES } from '../../../src/db/schema';
import {
  BACKUP_VERSION,
  backupFileName,
  backupSchema,
  MAX_BACKUP_BYTES,
  parseBackupText,
} from '../../../src/lib/learner/backup-format';

const fixture = readFileSync('test/fixtures/db/v1.json', 'utf8');
type Rec = Record<string, unknown>;
type Json = Rec & { data: Record<string, Rec[]> };
const doc = (): Json => JSON.parse(fixture) as Json;
/** Table `table` of a document (throws when the fixture lacks it, so a test cannot pass by accident). */
const rows = (d: Json, table: string): Rec[] => {
  const found = d.data[table];
  if (!found) throw new Error(`no table ${table}`);
  return found;
};
const row = (d: Json, table: string, i: number): Rec => {
  const found = rows(d, table)[i];
  if (!found) throw new Error(`no record ${i} in ${table}`);
  return found;
};
const refusal = (value: unknown) => {
  const result = parseBackupText(typeof value === 'string' ? value : JSON.stringify(value));
  if (result.ok) throw new Error('expected the file to be refused');
  expect(result.error).toMatch(/Nothing was changed\.$/);
  return result.error;
};

describe('parseBackupText', () => {
  it('accepts the fixture', () => {
    expect(parseBackupText(fixture).ok).toBe(true);
  });

  it('has one array per table of the database', () => {
    expect(Object.keys(backupSchema.shape.data.shape)).toEqual([...TABLES]);
  });

  it('refuses an empty file', () => {
    expect(refusal('   ')).toMatch(/^The file is empty\./);
  });

  it('refuses a truncated file as incomplete JSON', () => {
    expect(refusal(fixture.slice(0, fixture.length / 2))).toMatch(/not valid JSON.*cut off/);
  });

  it('refuses a binary file without echoing its bytes, and says nothing changed', () => {
    // What File.text() yields for the start of a PNG: invalid UTF-8 becomes U+FFFD.
    const png = '\uFFFDPNG\r\n\u001A\n\u0000\u0000\u0000\rIHDR\u0000\u0000\u0001\uFFFD\b\u0006';
    const message = refusal(png);
    expect(message).toMatch(/binary data.*not a backup/);
    expect(message).toMatch(/Nothing was changed\.$/);
    const unreadable = [...message].filter((c) => c.charCodeAt(0) < 0x20 || c === '\uFFFD');
    expect(unreadable).toEqual([]);
    expect(message).not.toMatch(/PNG|IHDR/);
  });

  it('refuses text that is not JSON by saying where, never by quoting it', () => {
    const message = refusal('{\n  "format": "go-mastery-backup",\n  oops\n}');
    expect(message).toContain('not valid JSON (the first problem is at line 3, column 3)');
    expect(message).not.toContain('oops');
    const plain = refusal('GIF89a not json at all');
    expect(plain).toMatch(/not valid JSON/);
    expect(plain).not.toContain('GIF89a');
  });

  it('refuses a file over the size limit before parsing it', () => {
    expect(refusal(' '.repeat(MAX_BACKUP_BYTES + 1))).toMatch(/larger than 20 MB/);
  });

  it('refuses other JSON with a plain explanation', () => {
    expect(refusal({ hello: 'world' })).toMatch(/not a Go Mastery backup/);
    expect(refusal([1, 2, 3])).toMatch(/not a Go Mastery backup/);
    expect(refusal('null')).toMatch(/not a Go Mastery backup/);
  });

  it('refuses a newer format version and says how to get it read', () => {
    const newer = BACKUP_VERSION + 1;
    expect(refusal({ ...doc(), version: newer })).toMatch(
      new RegExp(`newer version of the course \\(format version ${newer}\\); reload the site`),
    );
  });

  it('reads a version 1 file, whose scorecards have no checklist, as nothing ticked', () => {
    const v1 = doc();
    expect(v1.version).toBe(1);
    expect(row(v1, 'scorecards', 0)).not.toHaveProperty('checklist');
    const parsed = parseBackupText(JSON.stringify(v1));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.doc.data.scorecards[0]?.checklist).toEqual({});
  });

  it('reads version 1 and 2 files, which have no review katas, as none', () => {
    for (const version of [1, 2]) {
      const old = { ...doc(), version };
      expect(old.data).not.toHaveProperty('kataAttempts');
      const parsed = parseBackupText(JSON.stringify(old));
      if (!parsed.ok) throw new Error(parsed.error);
      expect(parsed.doc.data.kataDrafts).toEqual([]);
      expect(parsed.doc.data.kataAttempts).toEqual([]);
    }
  });

  it('refuses a kata comment with an unknown category', () => {
    const current = { ...doc(), version: BACKUP_VERSION } as { data: Record<string, unknown> };
    current.data['kataDrafts'] = [
      {
        id: 'k',
        updatedAt: '2025-01-01T00:00:00.000Z',
        comments: [{ id: 'c', file: 'a.go', start: 1, end: 2, category: 'vibes', severity: 'nit', text: '' }],
      },
    ];
    expect(refusal(current)).toMatch(/data\.kataDrafts\[0\]\.comments\[0\]\.category/);
  });

  it('keeps the checklist ticks of a current file', () => {
    const current = { ...doc(), version: BACKUP_VERSION };
    row(current, 'scorecards', 0)['checklist'] = { 'code-gofmt': true, 'code-vet': false };
    const parsed = parseBackupText(JSON.stringify(current));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.doc.data.scorecards[0]?.checklist).toEqual({ 'code-gofmt': true, 'code-vet': false });
    row(current, 'scorecards', 0)['checklist'] = { 'code-gofmt': 'yes' };
    expect(refusal(current)).toMatch(/data\.scorecards\[0\]\.checklist/);
  });

  it('points at the broken field in the file’s own terms', () => {
    const bad = doc();
    row(bad, 'attempts', 1)['passed'] = 'yes';
    expect(refusal(bad)).toMatch(/data\.attempts\[1\]\.passed: .*boolean/);
  });

  it('refuses a hostile __proto__ key anywhere, even inside a map of files', () => {
    const text = fixture.replace(
      '"greeting.go": "package greeting\\n\\n//',
      '"__proto__": { "polluted": true }, "greeting.go": "package greeting\\n\\n//',
    );
    expect(text).not.toBe(fixture);
    expect(refusal(text)).toMatch(/the key "__proto__"/);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it.each(['constructor', 'prototype'])('refuses the key %s', (key) => {
    const bad = doc();
    row(bad, 'settings', 0)[key] = 1;
    expect(refusal(bad)).toMatch(new RegExp(`the key "${key}"`));
  });

  it('refuses absurd nesting', () => {
    const deep = '{"a":'.repeat(50) + '1' + '}'.repeat(50);
    expect(refusal(deep)).toMatch(/nested far deeper/);
  });

  it('refuses two records with one id', () => {
    const bad = doc();
    rows(bad, 'solved').push({ ...row(bad, 'solved', 0) });
    expect(refusal(bad)).toMatch(/data\.solved\[1\]\.id: duplicate id "greeting"/);
  });

  it('refuses unknown fields', () => {
    const bad = doc();
    row(bad, 'progress', 0)['secret'] = 1;
    expect(refusal(bad)).toMatch(/data\.progress\[0\]/);
  });

  it('refuses a plan link that leaves the site or runs script', () => {
    for (const href of ['javascript:alert(1)', 'https://evil.example/', '//evil.example/x', '/\\evil']) {
      const bad = doc();
      const plan = row(bad, 'plans', 0) as { weeks: { tasks: { href?: string }[] }[] };
      const task = plan.weeks[0]?.tasks[0];
      if (!task) throw new Error('the fixture plan has no task');
      task.href = href;
      expect(refusal(bad), href).toMatch(/href: expected a link inside this site/);
    }
  });

  it('refuses a progress id that does not match its part', () => {
    const bad = doc();
    row(bad, 'progress', 0)['id'] = 'part-05';
    expect(refusal(bad)).toMatch(/data\.progress\[0\]\.id: id does not match part/);
  });

  it('refuses huge strings and too many records', () => {
    const big = doc();
    (row(big, 'reviews', 0) as { sections: Record<string, string> }).sections['summary'] = 'x'.repeat(100_001);
    expect(refusal(big)).toMatch(/data\.reviews\[0\]\.sections\.summary/);
    const many = doc();
    rows(many, 'meta').push({ ...row(many, 'meta', 0) });
    expect(refusal(many)).toMatch(/data\.meta/);
  });

  it('refuses impossible dates and numbers', () => {
    const bad = doc();
    row(bad, 'activity', 0)['id'] = '2025-02-30';
    row(bad, 'activity', 1)['activeMs'] = -5;
    const error = refusal(bad);
    expect(error).toMatch(/data\.activity\[0\]\.id: expected a day/);
    expect(error).toMatch(/data\.activity\[1\]\.activeMs/);
  });
});

describe('backupFileName', () => {
  it('names the file after the day', () => {
    expect(backupFileName('2025-03-10')).toBe('go-mastery-backup-2025-03-10.json');
  });
});
