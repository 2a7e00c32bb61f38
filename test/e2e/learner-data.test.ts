import { readFile } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_VERSION } from '../../src/lib/learner/backup-format';
import { launchBrowser, newPage, scrollIntoView } from './browser';

const LESSON_1 = '/lessons/mental-model-of-go/';
const LESSON_2 = '/lessons/toolchain-and-workflow/';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a lesson and waits for its progress box (an island that wakes when visible). */
async function openLesson(page: Page, path: string): Promise<Locator> {
  await page.goto(path);
  const box = page.locator('.lesson-progress');
  await scrollIntoView(box);
  await box.locator('.lesson-progress-row').waitFor();
  return box;
}

/** Opens the home page and waits for the dashboard's numbers. */
async function openDashboard(page: Page): Promise<Locator> {
  await page.goto('/');
  const dashboard = page.locator('section.dashboard');
  await scrollIntoView(dashboard);
  await dashboard.locator('.dashboard-figures').waitFor();
  return dashboard;
}

/** The figure shown for a dashboard label, e.g. "1 of 11" for "published parts completed". */
const figure = (dashboard: Locator, label: string) =>
  dashboard.locator('.dashboard-figures li', { hasText: label }).locator('.dashboard-figure');

/** Record counts on the data page, by table. */
async function storedCounts(page: Page): Promise<Record<string, string>> {
  await page.locator('.data-counts').waitFor();
  const rows = await page
    .locator('.data-counts > div')
    .evaluateAll((divs) =>
      divs.map((d) => [d.getAttribute('data-table') ?? '', d.querySelector('dd')?.textContent ?? '']),
    );
  return Object.fromEntries(rows);
}

async function markComplete(page: Page) {
  const box = await openLesson(page, LESSON_1);
  await box.getByRole('button', { name: 'Mark complete' }).click();
  await box.getByText(/^Completed on /).waitFor();
}

async function exportFile(page: Page): Promise<{ name: string; text: string }> {
  await page.goto('/data/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export a backup file' }).click(),
  ]);
  const path = await download.path();
  await page.getByText(/^Saved go-mastery-backup-\d{4}-\d{2}-\d{2}\.json/).waitFor();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

describe('a learner tracking progress', () => {
  it('reads a lesson, marks it complete, reloads, and sees it on the home dashboard', async () => {
    const { context, page } = await newPage(browser);
    let box = await openLesson(page, LESSON_1);
    await expect(box.locator('[role="status"]').textContent()).resolves.toBe('In progress');
    await box.getByRole('button', { name: 'Mark complete' }).click();
    await box.getByText(/^Completed on /).waitFor();
    await expect(box.getByRole('button', { name: 'Mark as not complete' }).isVisible()).resolves.toBe(true);

    await page.reload();
    box = await openLesson(page, LESSON_1);
    await box.getByText(/^Completed on /).waitFor();

    const dashboard = await openDashboard(page);
    await expect(figure(dashboard, 'published parts completed').textContent()).resolves.toMatch(/^1 of \d+$/);
    await expect(
      dashboard.locator('.dashboard-stages li', { hasText: 'Foundations' }).textContent(),
    ).resolves.toContain('1 of 2');
    // Part 1 is done and nothing else was opened: continue with the next part.
    await expect(dashboard.locator('.dashboard-continue a').getAttribute('href')).resolves.toBe(LESSON_2);
    await context.close();
  });

  it('counts active reading time, even when the page is left right after', async () => {
    const { context, page } = await newPage(browser);
    await openLesson(page, LESSON_2);
    for (let i = 0; i < 4; i++) {
      await page.mouse.wheel(0, 150);
      await page.waitForTimeout(700);
    }
    // Leaving at once: the last seconds are parked synchronously and written by the next page.
    await page.goto('/data/');
    await expect.poll(async () => (await storedCounts(page))['activity']).toBe('1');
    const dashboard = await openDashboard(page);
    await expect(dashboard.locator('.dashboard-continue a').getAttribute('href')).resolves.toBe(LESSON_2);
    await context.close();
  });

  it('sees a lesson marked complete in one tab appear on the dashboard in another, without reloading', async () => {
    const { context, page: tabB } = await newPage(browser);
    const dashboard = await openDashboard(tabB);
    await expect(figure(dashboard, 'published parts completed').textContent()).resolves.toMatch(/^0 of \d+$/);

    const tabA = await context.newPage();
    await markComplete(tabA);

    await figure(dashboard, 'published parts completed')
      .filter({ hasText: /^1 of \d+$/ })
      .waitFor({ timeout: 10_000 });
    await context.close();
  });
});

describe('a learner keeping a backup', () => {
  it('exports, clears all data, imports the file and gets everything back', async () => {
    const { context, page } = await newPage(browser);
    await markComplete(page);
    await openLesson(page, LESSON_2);
    const exported = await exportFile(page);
    expect(exported.name).toMatch(/^go-mastery-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const doc = JSON.parse(exported.text) as { format: string; version: number; data: { progress: unknown[] } };
    expect(doc).toMatchObject({ format: 'go-mastery-backup', version: BACKUP_VERSION });
    expect(doc.data.progress).toHaveLength(2);
    const before = await storedCounts(page);

    // Clear everything, after confirming.
    await page.getByRole('button', { name: 'Clear all data…' }).click();
    await page.getByText('Delete everything?').waitFor();
    await page.getByRole('button', { name: 'Delete everything' }).click();
    await page.getByText('All your course data was deleted from this browser.').waitFor();
    await expect.poll(async () => (await storedCounts(page))['progress']).toBe('0');
    let dashboard = await openDashboard(page);
    await expect(figure(dashboard, 'published parts completed').textContent()).resolves.toMatch(/^0 of/);

    // Import: preview first, nothing changes until Confirm.
    await page.goto('/data/');
    await page.getByLabel('Choose a backup file (.json)').setInputFiles({
      name: exported.name,
      mimeType: 'application/json',
      buffer: Buffer.from(exported.text),
    });
    const preview = page.locator('.import-preview');
    await preview.getByRole('heading', { name: `What importing ${exported.name} will do` }).waitFor();
    const progressRow = preview.getByRole('row', { name: /Lesson progress/ });
    await expect(progressRow.locator('td').first().textContent()).resolves.toBe('2');
    await expect.poll(async () => (await storedCounts(page))['progress']).toBe('0');
    await preview.getByRole('button', { name: 'Confirm import' }).click();
    await page
      .getByText(new RegExp(`^Imported ${exported.name.replace(/\./g, '\\.')}: \\d+ records written\\.$`))
      .waitFor();

    await expect.poll(() => storedCounts(page)).toEqual(before);
    dashboard = await openDashboard(page);
    await expect(figure(dashboard, 'published parts completed').textContent()).resolves.toMatch(/^1 of/);
    const box = await openLesson(page, LESSON_1);
    await box.getByText(/^Completed on /).waitFor();
    await context.close();
  });

  it('refuses a broken or hostile file with a message, and nothing changes', async () => {
    const { context, page } = await newPage(browser);
    await markComplete(page);
    const { text } = await exportFile(page);
    const before = await storedCounts(page);
    const input = page.getByLabel('Choose a backup file (.json)');
    const error = page.getByRole('alert');

    const files: [string, string, RegExp][] = [
      ['cut-off.json', text.slice(0, Math.floor(text.length / 2)), /not valid JSON.*cut off/],
      ['photo.json', 'GIF89a not json at all', /not valid JSON/],
      ['other.json', JSON.stringify({ hello: 'world' }), /not a Go Mastery backup/],
      ['hostile.json', text.replace('"data":{', '"data":{"__proto__":{"x":1},'), /the key "__proto__"/],
      ['edited.json', text.replace('"status":"completed"', '"status":"finished"'), /data\.progress\[0\]\.status/],
    ];
    for (const [name, body, reason] of files) {
      await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
      await error.filter({ hasText: name }).waitFor();
      const message = (await error.textContent()) ?? '';
      expect(message, name).toMatch(reason);
      expect(message, name).toMatch(/Nothing was changed\.$/);
      await expect(page.locator('.import-preview').count()).resolves.toBe(0);
    }
    await expect(storedCounts(page)).resolves.toEqual(before);
    await context.close();
  });
});

describe('a learner whose browser offers no storage', () => {
  it('sees why saving is disabled, and the lesson still works for this visit', async () => {
    const { context: blocked, page } = await newPage(browser);
    // Private modes and locked-down browsers expose no IndexedDB.
    await blocked.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
    const box = await openLesson(page, LESSON_1);
    await expect(box.getByRole('alert').textContent()).resolves.toMatch(
      /^Saving is disabled: .*no IndexedDB.*nothing will be kept after you close this page\.$/,
    );
    await box.getByRole('button', { name: 'Mark complete' }).click();
    await box.getByText(/^Completed on /).waitFor();
    await blocked.close();
  });
});
