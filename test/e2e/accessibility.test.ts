import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles } from '../../scripts/lib/budgets.mjs';
import { launchBrowser, newPage } from './browser';

// Every page of the built site, in both colour themes: contrast differs.
const pages = htmlFiles('dist')
  .map((file) => '/' + file.slice('dist/'.length).replace(/index\.html$/, ''))
  .filter(
    (path) =>
      !readFileSync(`dist${path.endsWith('/') ? `${path}index.html` : path}`, 'utf8').includes('http-equiv="refresh"'),
  );

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['light', 'dark'] as const)('axe in the %s theme', (theme) => {
  it.each(pages)('%s has no violations', async (path) => {
    const { context, page } = await newPage(browser, { colorScheme: theme });
    await page.goto(path);
    // Open every disclosure so hidden answers and hints are checked too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const results = await new AxeBuilder({ page }).analyze();
    const summary = results.violations.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
    expect(summary).toEqual([]);
    await context.close();
  });
});
