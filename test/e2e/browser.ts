import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
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
