import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, scrollIntoView } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The page's first playground, hydrated. */
async function playground(page: Page) {
  const section = page.locator('section.playground').first();
  await scrollIntoView(section);
  await section.locator('.cm-content').waitFor();
  return section;
}

async function replaceCode(page: Page, section: Awaited<ReturnType<typeof playground>>, code: string) {
  await section.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
}

describe('the course offline after one visit', () => {
  it('reloads a visited lesson, runs Go, opens a lesson never visited, and says which package it lacks', async () => {
    const { context, page } = await newPage(browser, { serviceWorkers: 'allow' });
    await page.goto('/lessons/mental-model-of-go/');
    // The service worker precaches the whole site while the learner reads.
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active?.state)), { timeout: 60_000 })
      .toBe('activated');
    let section = await playground(page);
    await section.getByRole('button', { name: 'Run', exact: true }).click();
    await section.locator('.run-summary').filter({ hasText: 'exited normally' }).waitFor({ timeout: 120_000 });

    // The HTTP cache may let the tools go at any time; the runner's own copy must do.
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            const names = (await caches.keys()).filter((n) => n.startsWith('go-toolchain-'));
            const urls = await Promise.all(
              names.map(async (n) => (await (await caches.open(n)).keys()).map((r) => r.url)),
            );
            return urls.flat().filter((u) => /\/go\/(compile|link)\.wasm\?sha256=/.test(u)).length;
          }),
        { timeout: 60_000 },
      )
      .toBe(2);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('h1').textContent()).resolves.toMatch(/Mental model of Go/);
    section = await playground(page);
    await replaceCode(page, section, 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("offline", 6*7) }\n');
    await section.getByRole('button', { name: 'Run', exact: true }).click();
    await section.locator('.run-summary').filter({ hasText: 'exited normally' }).waitFor({ timeout: 120_000 });
    await expect(section.getByLabel('Program output').textContent()).resolves.toBe('offline 42\n');

    // A lesson the learner never opened, and the tools pages.
    await page.goto('/lessons/idiomatic-go/');
    await expect(page.locator('h1').textContent()).resolves.toMatch(/Idiomatic Go/);
    await page.goto('/mastery/');
    await expect(page.locator('h1').count()).resolves.toBe(1);

    // A package whose archive was never downloaded: a clear message, not a runtime error.
    await page.goto('/lessons/mental-model-of-go/');
    section = await playground(page);
    await replaceCode(
      page,
      section,
      'package main\n\nimport "net/http"\n\nfunc main() { println(http.StatusTeapot) }\n',
    );
    await section.getByRole('button', { name: 'Run', exact: true }).click();
    await expect
      .poll(() => section.textContent(), { timeout: 120_000 })
      .toMatch(
        /The code did not run: you are offline \(or the site cannot be reached\), and \S+, which this code needs, was never downloaded\. Connect once and run again\./,
      );
    await context.close();
  });
});
