import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage } from './browser';

/** expect.poll with room for a loaded machine: the island first hydrates and opens IndexedDB. */
const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000 });

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Picks a score in each area's fieldset, in map order. */
async function scoreAll(page: Page, scores: number[]) {
  const areas = page.locator('fieldset.mastery-area');
  await eventually(() => areas.count()).toBe(13);
  for (const [i, score] of scores.entries()) {
    await areas
      .nth(i)
      .getByRole('radio', { name: String(score), exact: true })
      .check();
  }
}

async function saveAssessment(page: Page) {
  await page.getByRole('button', { name: 'Save assessment' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /^Saved your assessment of/ })
    .waitFor();
}

/** The latest score the map's table shows for an area. */
const latestScore = (page: Page, area: string) =>
  page.locator(`.mastery-table tr[data-area="${area}"] .mastery-score`).textContent();

const downloaded = async (download: Download) => readFile(await download.path(), 'utf8');

const SCORES = [4, 3, 3, 2, 1, 2, 3, 3, 2, 2, 2, 3, 4];

describe('a learner assessing their mastery', () => {
  it('scores the map, finds it after a reload, and keeps both assessments in the history', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/mastery/');
    await scoreAll(page, SCORES);
    await page.locator('fieldset.mastery-area[data-area="language"] textarea').fill('Explained method sets.');
    await saveAssessment(page);

    await page.reload();
    await eventually(() => latestScore(page, 'concurrency')).toBe('1');
    await expect(latestScore(page, 'language')).resolves.toBe('4');
    await expect(page.locator('.mastery-table tr[data-area="language"]').textContent()).resolves.toContain(
      'Explained method sets.',
    );
    // The form starts from the saved scores.
    await expect(
      page
        .locator('fieldset.mastery-area[data-area="concurrency"]')
        .getByRole('radio', { name: '1', exact: true })
        .isChecked(),
    ).resolves.toBe(true);
    // Focus next: weakest first.
    await expect(page.locator('.focus-area').first().getAttribute('data-area')).resolves.toBe('concurrency');

    await page
      .locator('fieldset.mastery-area[data-area="concurrency"]')
      .getByRole('radio', { name: '3', exact: true })
      .check();
    await saveAssessment(page);
    await page.reload();
    await eventually(() => latestScore(page, 'concurrency')).toBe('3');
    await expect(page.locator('.history-table caption').textContent()).resolves.toBe('2 assessments, newest first');
    await expect(page.locator('.radar-previous').count()).resolves.toBe(1);
    await context.close();
  });
});

describe('a learner following the 12-week plan', () => {
  it('builds a plan, checks tasks that stay checked after a reload and a rebuild, and exports a calendar', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/mastery/');
    await scoreAll(page, SCORES);
    await saveAssessment(page);

    await page.goto('/plan/');
    await page.getByLabel('Start date').fill('2026-01-05');
    await page.getByRole('button', { name: 'Build my plan' }).click();
    const weeks = page.locator('.plan-week');
    await eventually(() => weeks.count()).toBe(12);
    const ship = page.getByRole('checkbox', { name: /^Ship Create the module/ });
    await ship.check();
    const lesson = weeks.first().locator('.plan-task-lesson input').first();
    await lesson.check();
    const lessonTask = await weeks.first().locator('.plan-task-lesson').first().getAttribute('data-task');
    // The week says when its boxes are stored; only then is a reload safe.
    await weeks.first().getByText('Saved in this browser.').waitFor();

    await page.reload();
    await eventually(() => ship.isChecked()).toBe(true);
    await expect(page.locator(`[data-task="${lessonTask}"] input`).isChecked()).resolves.toBe(true);

    // A new assessment: every area at 4 or more, so the review task is no longer planned…
    await page.goto('/mastery/');
    await scoreAll(page, Array(13).fill(4));
    await saveAssessment(page);
    await page.goto('/plan/');
    await page.locator('.plan-stale').waitFor();
    await page.getByRole('button', { name: 'Rebuild the plan' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Plan rebuilt/ })
      .waitFor();
    await expect(page.locator('.plan-stale').count()).resolves.toBe(0);
    // …but the checked tasks, including that finished review task, are all still there and checked.
    await eventually(() => ship.isChecked()).toBe(true);
    await expect(page.locator(`[data-task="${lessonTask}"] input`).isChecked()).resolves.toBe(true);
    await page.reload();
    await eventually(() => ship.isChecked()).toBe(true);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download calendar (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('go-mastery-plan.ics');
    const ics = await downloaded(download);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(12);
    expect(ics).toContain('DTSTART;VALUE=DATE:20260105');
    await context.close();
  });
});

describe('a learner reviewing a service', () => {
  it('scores a service and sees the total and band', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/review/');
    const tool = page.locator('.review-tool').first();
    await tool.getByLabel('Service name').fill('caseflow-service');
    await tool.getByRole('button', { name: 'New scorecard' }).click();
    const card = page.locator('.scorecard');
    await card.waitFor();
    const areas = card.locator('fieldset.scorecard-area');
    // 2 in eight areas, 1 in four: 20, an early production candidate.
    for (let i = 0; i < 12; i++) {
      await areas
        .nth(i)
        .getByRole('radio', { name: i < 8 ? /^2 / : /^1 / })
        .check();
    }
    await eventually(() => card.locator('.scorecard-total-line').textContent()).toBe(
      'Total: 20 of 24 — Early production candidate',
    );
    await card.getByRole('checkbox', { name: /^I write Go programs with functions/ }).check();
    const checklist = card.locator('.production-checklist');
    await checklist.getByRole('checkbox', { name: 'All code is formatted with gofmt.' }).check();
    await checklist.getByRole('checkbox', { name: 'go vet ./... passes.' }).check();
    await eventually(() => checklist.locator('.checklist-count').textContent()).toMatch(/^2 of \d+ ticked\.$/);
    await card.getByText('Saved in this browser.').waitFor();

    await page.reload();
    await eventually(() => page.locator('.scorecard-total-line').textContent()).toBe(
      'Total: 20 of 24 — Early production candidate',
    );
    await expect(page.getByRole('checkbox', { name: /^I write Go programs with functions/ }).isChecked()).resolves.toBe(
      true,
    );
    const ticked = page.locator('.production-checklist');
    await expect(ticked.getByRole('checkbox', { name: 'All code is formatted with gofmt.' }).isChecked()).resolves.toBe(
      true,
    );
    await expect(ticked.getByRole('checkbox', { name: 'go test ./... passes.' }).isChecked()).resolves.toBe(false);
    await expect(ticked.locator('.checklist-count').textContent()).resolves.toMatch(/^2 of \d+ ticked\.$/);
    await expect(page.getByRole('button', { name: 'caseflow-service', exact: true }).count()).resolves.toBe(1);
    await context.close();
  });

  it('writes a section and a failure-mode row and downloads Markdown containing them', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/review/');
    const tool = page.locator('.review-tool').nth(1);
    await tool.getByLabel('Service name').fill('caseflow-service');
    await tool.getByRole('button', { name: 'New review document' }).click();
    const doc = page.locator('.review-document');
    await doc.waitFor();
    await doc.getByLabel('Summary', { exact: true }).fill('Moves enforcement cases through review.');
    await doc.getByRole('button', { name: 'Add a row' }).click();
    await doc.getByLabel('Step, row 1').fill('Commit');
    await doc.getByLabel('Failure, row 1').fill('unknown | ambiguous outcome');
    await doc.getByLabel('Handling, row 1').fill('log at high severity');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      doc.getByRole('button', { name: 'Download Markdown' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('final-review-caseflow-service.md');
    const markdown = await downloaded(download);
    expect(markdown).toContain('# Final engineering review: caseflow-service');
    expect(markdown).toContain('## Summary\n\nMoves enforcement cases through review.');
    expect(markdown).toContain('| Commit | unknown \\| ambiguous outcome |  |  | log at high severity |  |  |');

    // The document is kept and reopens after a reload.
    await doc.locator('.review-actions').getByText('Saved in this browser.').waitFor();
    await page.reload();
    await eventually(() => page.locator('.review-document').getByLabel('Summary', { exact: true }).inputValue()).toBe(
      'Moves enforcement cases through review.',
    );
    await expect(page.getByLabel('Step, row 1').inputValue()).resolves.toBe('Commit');
    await context.close();
  });
});

// The site-wide accessibility test checks every page right after load, which
// can be before an island has read the database. This checks the tools again
// once they show their data, in both themes.
describe.each(['light', 'dark'] as const)('the learner tools with data, in the %s theme', (theme) => {
  it('have no axe violations', async () => {
    const { context, page } = await newPage(browser, { colorScheme: theme });
    await page.goto('/mastery/');
    await scoreAll(page, SCORES);
    await saveAssessment(page);
    await page.goto('/plan/');
    await page.getByRole('button', { name: 'Build my plan' }).click();
    await page.locator('.plan-week').first().waitFor();
    await page.goto('/review/');
    await page.locator('.review-tool').first().getByLabel('Service name').fill('svc');
    await page.locator('.review-tool').first().getByRole('button', { name: 'New scorecard' }).click();
    await page.locator('.review-tool').nth(1).getByLabel('Service name').fill('svc');
    await page.locator('.review-tool').nth(1).getByRole('button', { name: 'New review document' }).click();
    await page.getByRole('button', { name: /Add the example rows/ }).click();
    await page.locator('.review-actions').getByText('Saved in this browser.').waitFor();

    for (const [path, ready] of [
      ['/mastery/', '.radar'],
      ['/plan/', '.plan-week'],
      ['/review/', '.failure-table tbody tr textarea'],
    ] as const) {
      await page.goto(path);
      await page.locator(ready).first().waitFor();
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const results = await new AxeBuilder({ page }).analyze();
      const summary = results.violations.map(
        (v) =>
          `${path} ${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
      expect(summary).toEqual([]);
    }
    await context.close();
  });
});
