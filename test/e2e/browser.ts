import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { chromiumPath, QUIET_FLAGS } from '../../scripts/lib/chromium.mjs';

/** Launches headless Chromium: the system one, else the one Playwright manages (npm test installs it). */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  return chromium.launch({ headless: true, args: QUIET_FLAGS, ...(executablePath ? { executablePath } : {}) });
}

/** The preview server's base URL, provided by the global setup. */
export function baseUrl(): string {
  return inject('baseUrl');
}

/** A fresh context (empty storage) and page; `colorScheme` emulates the system setting; no service worker unless asked. */
export async function newPage(
  browser: Browser,
  options: { colorScheme?: 'light' | 'dark'; serviceWorkers?: 'allow' | 'block' } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    colorScheme: options.colorScheme ?? 'light',
    // Each fresh context would install the service worker and precache the whole site (MBs);
    // only the tests of offline behaviour need it.
    serviceWorkers: options.serviceWorkers ?? 'block',
  });
  const page = await context.newPage();
  return { context, page };
}

/**
 * Scrolls a locator's element into view. An island that hydrates while Playwright waits for
 * the element to be stable replaces its server-rendered markup, and scrollIntoViewIfNeeded
 * then fails with "Element is not attached to the DOM" instead of resolving the locator again;
 * a few retries let it find the hydrated element.
 */
export async function scrollIntoView(locator: Locator, attempts = 5): Promise<void> {
  for (let i = 1; ; i++) {
    try {
      await locator.scrollIntoViewIfNeeded();
      return;
    } catch (err) {
      if (i >= attempts || !String(err).includes('not attached')) throw err;
    }
  }
}
