import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage } from './browser';

// Local times: the schedule works in the learner's calendar days.
const DAY_ONE = new Date('2026-03-02T10:00:00');
const DAY_TWO = new Date('2026-03-03T09:00:00');
const LESSON = '/lessons/mental-model-of-go/';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let questionsInLesson = 0;

beforeAll(async () => {
  browser = await launchBrowser();
  ({ context, page } = await newPage(browser));
  await page.clock.install({ time: DAY_ONE });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

const stat = (name: string) => page.locator(`[data-stat="${name}"]`).innerText();

describe('spaced practice, as a learner uses it', () => {
  it('adds a completed lesson’s questions from the next day on, not the same day', async () => {
    await page.goto(LESSON);
    questionsInLesson = await page.locator('.question').count();
    expect(questionsInLesson).toBeGreaterThanOrEqual(5);
    await page.getByRole('button', { name: 'Mark complete' }).click();
    await page.getByText(/^Completed on/).waitFor();

    await page.goto('/practice/');
    await page.locator('.practice-done').waitFor();
    expect(await page.locator('.practice-done').innerText()).toMatch(/Come back tomorrow/);

    await page.clock.setSystemTime(DAY_TWO);
    await page.goto('/practice/');
    await page.locator('.practice-question').waitFor();
    expect(Number(await stat('new'))).toBe(questionsInLesson);
    expect(Number(await stat('due'))).toBe(0);
  });

  it('shows the count waiting today beside Practice in the header', async () => {
    await page.clock.runFor(5_000); // the count loads when the page is idle
    const badge = page.locator('[data-practice-due]');
    await expect.poll(() => badge.isVisible()).toBe(true);
    expect(await badge.locator('[data-count]').innerText()).toBe(String(questionsInLesson));
  });

  it('reveals with Space and grades with 1–4, one card after another, with the keyboard alone', async () => {
    const prompt = page.locator('#practice-card-title');
    const first = await prompt.innerText();
    await page.keyboard.press('Space');
    await page.locator('.practice-answer').waitFor();
    await page.keyboard.press('3');
    await expect.poll(() => prompt.innerText()).not.toBe(first);
    await expect.poll(async () => Number(await stat('new'))).toBe(questionsInLesson - 1);

    // Digits typed into the answer box are an answer, not a grade.
    await page.locator('.practice-question textarea').focus();
    await page.keyboard.type('1 2 3');
    expect(await page.locator('.practice-answer').count()).toBe(0);
    await page.keyboard.press('Tab'); // out of the box, onto "Show the answer"
    await page.keyboard.press('Enter');
    await page.locator('.practice-answer').waitFor();
    await page.keyboard.press('1');
    await expect.poll(async () => Number(await stat('new'))).toBe(questionsInLesson - 2);
    expect(await stat('streak')).toBe('1 day');
  });

  it('keeps the reviews after a reload, and brings a forgotten card back on a later day', async () => {
    await page.reload();
    await page.locator('.practice-question').waitFor();
    expect(Number(await stat('new'))).toBe(questionsInLesson - 2);

    // Grade the rest Good; then nothing is left today.
    for (let left = questionsInLesson - 2; left > 0; left--) {
      await page.locator('.practice-question').waitFor();
      await page.keyboard.press('Space');
      await page.locator('.practice-answer').waitFor();
      await page.keyboard.press('3');
      await expect.poll(async () => Number(await stat('new'))).toBe(left - 1);
    }
    await page.locator('.practice-done').waitFor();
    expect(await page.locator('.practice-done').innerText()).toMatch(/All done for today/);

    // The card graded Again is due again sooner than the ones graded Good.
    await page.clock.setSystemTime(new Date('2026-03-05T09:00:00'));
    await page.goto('/practice/');
    await page.locator('.practice-stats').waitFor();
    const due = Number(await stat('due'));
    expect(due).toBeGreaterThanOrEqual(1);
    expect(due).toBeLessThan(questionsInLesson);
  });

  it('passes axe and fits 390 px without sideways scrolling', async () => {
    await page.locator('.practice-question, .practice-done').first().waitFor();
    const axe = await new AxeBuilder({ page }).include('main').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
