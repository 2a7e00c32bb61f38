import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, scrollIntoView } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a learner finding their way', () => {
  it('opens the home page and follows "Start here" to lesson 1', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/');
    await expect(page.title()).resolves.toBe('Go Mastery');
    await page.getByRole('link', { name: /^Start here/ }).click();
    await page.waitForURL('**/lessons/mental-model-of-go/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Mental model of Go');
    await context.close();
  });

  it('sees parts that are not yet published in the outline, without links', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/course/');
    const parts = page.locator('.outline-part');
    await expect(parts.count()).resolves.toBe(35);
    const unpublished = page.locator('.outline-part:not(.is-published)');
    const count = await unpublished.count();
    // Every unpublished part says so and links nowhere; every published one links to its lesson.
    for (let i = 0; i < count; i++) {
      await expect(unpublished.nth(i).textContent()).resolves.toContain('not yet published');
      await expect(unpublished.nth(i).locator('a').count()).resolves.toBe(0);
    }
    const published = page.locator('.outline-part.is-published');
    await expect(published.count()).resolves.toBe(35 - count);
    await expect(published.first().locator('a').getAttribute('href')).resolves.toBe('/lessons/mental-model-of-go/');
    await context.close();
  });

  it('uses previous and next between published lessons', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/lessons/mental-model-of-go/');
    const pagination = page.getByRole('navigation', { name: 'Lessons' });
    const next = pagination.getByRole('link', { name: /Next/ });
    if ((await next.count()) === 0) {
      // Only lesson 1 is published: there is nowhere to go, and no dead link is shown.
      await expect(pagination.count()).resolves.toBe(0);
    } else {
      await next.click();
      await page.waitForURL((url) => url.pathname !== '/lessons/mental-model-of-go/');
      await pagination.getByRole('link', { name: /Previous/ }).click();
      await page.waitForURL('**/lessons/mental-model-of-go/');
    }
    await context.close();
  });

  it('gets a helpful 404 for a lesson that does not exist', async () => {
    const { context, page } = await newPage(browser);
    const response = await page.goto('/lessons/not-a-lesson/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Page not found');
    await context.close();
  });

  it('skips straight to the content with the skip link', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/lessons/mental-model-of-go/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await context.close();
  });

  it('reveals the answer to a self-check question', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/lessons/mental-model-of-go/');
    const question = page.locator('details.question').first();
    await expect(question.locator('.question-answer').isVisible()).resolves.toBe(false);
    await question.locator('summary').click();
    await expect(question.locator('.question-answer').isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe('code blocks', () => {
  it('copy the exact code of an example to the clipboard', async () => {
    const { context, page } = await newPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/lessons/mental-model-of-go/');
    const block = page.locator('figure.example').filter({ hasText: 'Hello, packages' });
    await scrollIntoView(block);
    await block.hover();
    await block.getByRole('button', { name: 'Copy to clipboard' }).first().click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const source = readFileSync('content/examples/part-01/hello/main.go', 'utf8');
    expect(copied).toBe(source.trimEnd());
    await context.close();
  });
});

describe('dark mode', () => {
  it('follows the system setting on a first visit', async () => {
    const { context, page } = await newPage(browser, { colorScheme: 'dark' });
    await page.goto('/');
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    await context.close();
  });

  it('can be toggled and survives a reload', async () => {
    const { context, page } = await newPage(browser, { colorScheme: 'light' });
    await page.goto('/lessons/mental-model-of-go/');
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('light');
    const toggle = page.getByRole('button', { name: 'Dark mode' });
    await toggle.click();
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    await page.reload();
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    await expect(page.getByRole('button', { name: 'Dark mode' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await context.close();
  });
});
