import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles } from '../../scripts/lib/budgets.mjs';
import { launchBrowser, newPage } from './browser';

const pages = htmlFiles('dist')
  .map((file) => '/' + file.slice('dist/'.length).replace(/index\.html$/, ''))
  .filter((path) => path.endsWith('/'));

let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  ({ context, page } = await newPage(browser));
  await page.setViewportSize({ width: 390, height: 844 });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('at 390 px wide', () => {
  it.each(pages)('%s does not scroll sideways', async (path) => {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('keeps the header to one row of at most 64 px, the navigation behind a Menu button', async () => {
    await page.goto('/lessons/mental-model-of-go/');
    const header = await page.locator('.site-header').boundingBox();
    expect(header?.height).toBeLessThanOrEqual(64);
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.isVisible()).toBe(false);
  });

  it('opens and closes the menu with the keyboard alone', async () => {
    await page.goto('/');
    const toggle = page.getByRole('button', { name: 'Menu' });
    for (let i = 0; i < 10 && !(await toggle.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Home');
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
  });

  it('shows a lesson’s title before its table of contents, which starts collapsed', async () => {
    await page.goto('/lessons/slices-maps-strings/');
    const title = await page.locator('h1').boundingBox();
    const toc = page.getByRole('navigation', { name: /On this page/ });
    const tocBox = await toc.boundingBox();
    expect(title && tocBox && title.y < tocBox.y).toBe(true);
    expect(title?.y).toBeLessThan(200);
    expect(await toc.locator('ol a').first().isVisible()).toBe(false);
    await toc.locator('summary').click();
    expect(await toc.locator('ol a').first().isVisible()).toBe(true);
  });
});
