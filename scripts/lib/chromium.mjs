/** Which Chromium the browser tests drive, and getting one when the machine has none. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/**
 * Flags that keep headless Chromium from reaching out to the network at
 * start-up (the CI machines have no network beyond package registries).
 */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * A system Chromium: CHROMIUM_PATH, else Debian's /usr/bin/chromium (or the
 * older chromium-browser name). Undefined means "the one Playwright manages".
 * @returns {string | undefined}
 */
export function chromiumPath() {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p) => !!p && existsSync(p));
}

/**
 * Makes sure the browser tests have a Chromium: a system one, or else the
 * build Playwright manages, which is downloaded now if it is missing (a
 * machine with only Node gets one this way). Returns a message when there is
 * still none.
 * @returns {string | null}
 */
export function ensureChromium() {
  if (chromiumPath()) return null;
  if (existsSync(chromium.executablePath())) return null;
  console.log('No Chromium found (CHROMIUM_PATH, /usr/bin/chromium): installing the one Playwright manages.');
  const cli = new URL('../../node_modules/playwright-core/cli.js', import.meta.url);
  const result = spawnSync(process.execPath, [cli.pathname, 'install', 'chromium'], { stdio: 'inherit' });
  if (result.status === 0 && existsSync(chromium.executablePath())) return null;
  return (
    'Chromium could not be installed. Install it (Debian/Ubuntu: apt-get install chromium) ' +
    'or set CHROMIUM_PATH to a Chromium or Chrome binary, then run npm test again.'
  );
}
