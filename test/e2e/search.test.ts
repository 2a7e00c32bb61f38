import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('searching the course', () => {
  it('is one key away, finds prose and code in the lessons, and opens a result by keyboard', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/lessons/mental-model-of-go/');
    await page.keyboard.press('/');
    await page.waitForURL('**/search/');
    const field = page.getByLabel('Search the lessons');
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);

    // A word of prose.
    await page.keyboard.type('goroutine');
    const results = page.locator('.search-results > li');
    await expect.poll(() => results.count(), { timeout: 30_000 }).toBeGreaterThan(1);
    await expect(page.locator('.search-results mark').first().textContent()).resolves.toMatch(/goroutine/i);
    expect(page.url()).toMatch(/\/search\/\?q=goroutine$/);
    const titles = await page.locator('.search-title').allTextContents();
    expect(titles).toContain('Goroutines, channels and select');
    // Only lessons are indexed: never the tool pages.
    for (const href of await page.locator('.search-title').evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
      expect(href).toMatch(/^\/lessons\/[a-z0-9-]+\/$/);
    const axe = await new AxeBuilder({ page }).include('.course-search').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    // An identifier that appears in code, and nothing for nonsense.
    await field.fill('errors.Is');
    await expect
      .poll(() => page.locator('.search-title').allTextContents(), { timeout: 30_000 })
      .toContain('Error handling');
    await field.fill('qqzxv');
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Nothing in the lessons matches “qqzxv”.');

    // A reload keeps the query; Tab reaches the first result and Enter opens it.
    await field.fill('select');
    await expect.poll(() => results.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.reload();
    await expect(page.getByLabel('Search the lessons').inputValue()).resolves.toBe('select');
    await expect.poll(() => results.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const first = await page.locator('.search-title').first().getAttribute('href');
    await page.getByLabel('Search the lessons').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${first ?? ''}`);

    // Typing "/" in a text field stays text.
    await page.goto('/search/');
    await page.getByLabel('Search the lessons').fill('a/b');
    await expect(page.getByLabel('Search the lessons').inputValue()).resolves.toBe('a/b');
    await context.close();
  });

  it('works offline once the site is cached', async () => {
    const { context, page } = await newPage(browser, { serviceWorkers: 'allow' });
    await page.goto('/');
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active?.state)), { timeout: 60_000 })
      .toBe('activated');
    await context.setOffline(true);
    await page.goto('/search/?q=mutex');
    await expect
      .poll(() => page.locator('.search-title').allTextContents(), { timeout: 30_000 })
      .toContain('Sync primitives');
    await context.close();
  });
});
