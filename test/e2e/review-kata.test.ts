import AxeBuilder from '@axe-core/playwright';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, scrollIntoView } from './browser';

const LESSON = '/lessons/idiomatic-go/';
const KATA = 'review-overdue-reminders';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openKata(page: Page): Promise<Locator> {
  await page.goto(LESSON);
  const kata = page.locator(`section[data-kata="${KATA}"]`);
  await scrollIntoView(kata.locator('astro-island'));
  await kata.locator('.review-code .cm-content').waitFor();
  return kata;
}

/** Presses Tab until the element is focused (keyboard only), failing after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

const SEVERITY_ORDER = ['Blocking', 'Important', 'Nit'] as const;

/** Writes a comment on the selected lines with the keyboard alone. */
async function comment(
  page: Page,
  kata: Locator,
  text: string,
  layer: string,
  severity: (typeof SEVERITY_ORDER)[number],
) {
  const focused = (l: Locator) => l.evaluate((el) => el === document.activeElement);
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(kata.locator('.review-form textarea'))).toBe(true);
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
  const select = kata.locator('.review-form select');
  await expect.poll(() => focused(select)).toBe(true);
  await select.selectOption({ label: layer }); // what the arrow keys on a focused select do
  // Tab enters the severity radio group on its first option; arrows move and check.
  await page.keyboard.press('Tab');
  await expect.poll(() => focused(kata.getByRole('radio', { name: /^Blocking/ }))).toBe(true);
  await page.keyboard.press('Space');
  for (let i = 0; i < SEVERITY_ORDER.indexOf(severity); i++) await page.keyboard.press('ArrowDown');
  expect(await kata.getByRole('radio', { name: new RegExp(`^${severity}`) }).isChecked()).toBe(true);
  await page.keyboard.press('Control+Enter');
  await kata.locator('.review-form').waitFor({ state: 'detached' });
}

/** What the "Comment on …" button says: the selected lines. */
const selectionLabel = async (kata: Locator) =>
  ((await kata.getByRole('button', { name: /^Comment on / }).textContent()) ?? '').trim();

/**
 * Presses a key in the code view and waits until the selection label shows
 * its effect (the label follows the editor through a React render). A press
 * inside a wrapped line may move by a visual line only, leaving the label as it was.
 */
async function pressAndSettle(page: Page, kata: Locator, key: string) {
  const before = await selectionLabel(kata);
  await page.keyboard.press(key);
  await expect
    .poll(() => selectionLabel(kata), { timeout: 500 })
    .not.toBe(before)
    .catch(() => undefined);
}

/** Extends the selection with Shift+ArrowDown until it ends on `line`. */
async function selectDownTo(page: Page, kata: Locator, line: number) {
  for (let presses = 0; presses < 20; presses++) {
    if (new RegExp(`[–\\s]${line}$`).test(await selectionLabel(kata))) return;
    await pressAndSettle(page, kata, 'Shift+ArrowDown');
  }
  throw new Error(`the selection never reached line ${line}: ${await selectionLabel(kata)}`);
}

/** The line the code view's selection is on, as the "Comment on …" button reads it. */
async function selectedLine(kata: Locator): Promise<number> {
  const label = (await kata.getByRole('button', { name: /^Comment on / }).textContent()) ?? '';
  return Number(/lines? (\d+)/.exec(label)?.[1] ?? 0);
}

/**
 * Moves the code view's cursor to a line with the keyboard. ArrowDown moves
 * by visual line, so a wrapped line takes more than one press.
 */
async function goToLine(page: Page, kata: Locator, line: number) {
  await page.keyboard.press('Control+Home');
  await expect.poll(() => selectedLine(kata)).toBe(1);
  for (let presses = 0; (await selectedLine(kata)) < line; presses++) {
    if (presses > line * 4) throw new Error(`ArrowDown never reached line ${line}`);
    await pressAndSettle(page, kata, 'ArrowDown');
  }
  expect(await selectedLine(kata)).toBe(line);
}

describe('a learner reviewing code in a review kata', () => {
  it('comments on line ranges with the keyboard only, submits, sees the score beside the model review, and finds it after a reload', async () => {
    const { context, page } = await newPage(browser);
    const kata = await openKata(page);
    const code = kata.locator('.review-code .cm-content');
    await tabTo(page, code, 200);

    // The send loop: lines 67–69, selected with Shift+ArrowDown.
    await goToLine(page, kata, 67);
    await selectDownTo(page, kata, 69);
    await expect
      .poll(() => kata.getByRole('button', { name: /Comment on reminders\.go, lines 67–69/ }).count())
      .toBe(1);
    await comment(
      page,
      kata,
      'One bounced email stops every later reminder and drops the cause.',
      'Domain correctness',
      'Blocking',
    );

    // The clock, in the wrong layer on purpose: half credit.
    await code.focus();
    await goToLine(page, kata, 60);
    await comment(page, kata, 'time.Now ignores the injected clock.', 'Performance', 'Important');

    // A comment far from every finding: shown as not in the key, costs nothing.
    await code.focus();
    await goToLine(page, kata, 3);
    await comment(page, kata, 'Group the imports.', 'Maintainability', 'Nit');

    await expect.poll(() => kata.getByRole('list', { name: 'Your comments' }).locator('li').count()).toBe(3);
    const submit = kata.getByRole('button', { name: /Submit review \(3 comments\)/ });
    await tabTo(page, submit, 60);
    await page.keyboard.press('Enter');

    const heading = kata.locator('.review-result h4');
    await heading.waitFor();
    // 1 found + 0.5 for the other layer, of 5 findings: 30.
    await expect.poll(() => heading.textContent()).toMatch(/30 \/ 100 — not passed yet/);
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
    const findings = kata.locator('.review-finding');
    await expect.poll(() => findings.count()).toBe(5);
    await expect.poll(() => kata.locator('.review-finding-found').count()).toBe(1);
    await expect.poll(() => kata.locator('.review-finding-other-category').count()).toBe(1);
    await expect.poll(() => kata.locator('.review-finding-missed').count()).toBe(3);
    // The model review sits next to the learner's comment.
    const send = kata.locator('.review-finding-found');
    expect(await send.locator('.review-body').textContent()).toContain('errors.Join');
    expect(await send.locator('.review-mine').textContent()).toContain('One bounced email');
    expect(await kata.getByText('Group the imports.').last().isVisible()).toBe(true);

    const axe = await new AxeBuilder({ page }).include(`section[data-kata="${KATA}"]`).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    await page.reload();
    const again = await openKata(page);
    await again.locator('.review-result h4').waitFor();
    expect(await again.locator('.review-result h4').textContent()).toContain('30 / 100');
    await expect.poll(() => again.getByRole('list', { name: 'Your comments' }).locator('li').count()).toBe(3);
    await context.close();
  });

  it('works at 390 px wide: no sideways scrolling, the model review stacked under each finding', async () => {
    const { context, page } = await newPage(browser);
    await page.setViewportSize({ width: 390, height: 844 });
    const kata = await openKata(page);
    await kata.locator('.review-code .cm-content').click();
    await goToLine(page, kata, 60);
    await comment(page, kata, 'Ignores the injected clock.', 'Domain correctness', 'Important');
    await kata.getByRole('button', { name: /Submit review/ }).click();
    await kata.locator('.review-result h4').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const [model, mine] = await Promise.all([
      kata.locator('.review-finding-found .review-comment').boundingBox(),
      kata.locator('.review-finding-found .review-mine').boundingBox(),
    ]);
    if (!model || !mine) throw new Error('the finding is not laid out');
    expect(mine.y).toBeGreaterThan(model.y + model.height - 1);
    await context.close();
  });
});
