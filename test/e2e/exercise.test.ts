import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, scrollIntoView } from './browser';

const LESSON = '/lessons/mental-model-of-go/';
const solution = readFileSync('exercises/greeting/solution/greeting.go', 'utf8');
const starter = readFileSync('exercises/greeting/starter/greeting.go', 'utf8');

/** The greeting draft as saved in the learner's IndexedDB (what survives a reload). */
function storedDraft(page: Page): Promise<string | undefined> {
  return page.evaluate(
    () =>
      new Promise<string | undefined>((resolve) => {
        const open = indexedDB.open('go-mastery');
        open.onsuccess = () => {
          const get = open.result.transaction('drafts').objectStore('drafts').get('greeting');
          get.onsuccess = () =>
            resolve((get.result as { files?: Record<string, string> } | undefined)?.files?.['greeting.go']);
          get.onerror = () => resolve(undefined);
        };
        open.onerror = () => resolve(undefined);
      }),
  );
}
// Plausible but wrong: ignores a custom Salutation.
const wrong = solution.replace(
  'func (g Greeter) salutation() string {\n\tif g.Salutation != "" {',
  'func (g Greeter) salutation() string {\n\tif false {',
);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openExercise(page: Page): Promise<Locator> {
  await page.goto(LESSON);
  const exercise = page.locator('section[data-exercise="greeting"]');
  // The editor island wakes up when it scrolls into view.
  await scrollIntoView(exercise.locator('astro-island'));
  await exercise.locator('.cm-content').waitFor();
  return exercise;
}

async function typeCode(page: Page, exercise: Locator, code: string) {
  await exercise.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
}

const editorText = (exercise: Locator) => exercise.locator('.cm-content').textContent();

describe('a learner working on a graded exercise', () => {
  it('sees which test failed and why, fixes it, is marked solved, and finds it all after a reload', async () => {
    const { context, page } = await newPage(browser);
    page.on('dialog', (dialog) => void dialog.accept());
    let exercise = await openExercise(page);

    await typeCode(page, exercise, wrong);
    await exercise.getByRole('button', { name: 'Run tests' }).click();
    const summary = exercise.locator('.run-summary');
    await summary.filter({ hasText: 'tests failed' }).waitFor({ timeout: 150_000 });
    const failed = exercise.locator('.test-result[data-status="fail"]');
    await expect(failed.first().getAttribute('data-test-name')).resolves.toMatch(/^TestGreeterCustomFields/);
    // A failing subtest's output says what it got and what it wanted.
    const outputs = await failed.locator('.test-output').allTextContents();
    expect(outputs.some((o) => /got|=.*want/.test(o) && o.includes('want'))).toBe(true);
    await expect(exercise.locator('.exercise-solved').count()).resolves.toBe(0);

    await typeCode(page, exercise, solution);
    await page.keyboard.press('ControlOrMeta+Enter');
    await summary.filter({ hasText: /^All \d+ tests passed\.$/ }).waitFor({ timeout: 60_000 });
    await exercise.locator('.exercise-solved').waitFor();
    await expect(exercise.locator('.test-result[data-status="fail"]').count()).resolves.toBe(0);

    // Let the debounced autosave land, then reload.
    await page.waitForTimeout(1000);
    await page.reload();
    exercise = await openExercise(page);
    await exercise.locator('.exercise-solved').waitFor();
    // The saved draft is back: the solution imports strings, the starter does not.
    await expect(editorText(exercise)).resolves.toContain('import "strings"');
    await expect(editorText(exercise)).resolves.not.toContain('TODO');
    await context.close();
  });

  it('resets to the starter after confirming, and can restore the code it replaced', async () => {
    const { context, page } = await newPage(browser);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.accept();
    });
    const exercise = await openExercise(page);
    const firstLine = () => exercise.locator('.cm-line').first().textContent();
    await expect(firstLine()).resolves.toBe(starter.split('\n')[0]);
    await typeCode(page, exercise, '// my own attempt\npackage greeting\n');
    await expect.poll(() => storedDraft(page)).toBe('// my own attempt\npackage greeting\n');

    await exercise.getByRole('button', { name: 'Reset to starter' }).click();
    expect(dialogs[0]).toMatch(/^Replace your code with the starter code\?/);
    await expect.poll(firstLine).toBe(starter.split('\n')[0]);
    await expect.poll(() => storedDraft(page)).toBe(starter);

    await exercise.getByRole('button', { name: 'Restore my code' }).click();
    await expect.poll(firstLine).toBe('// my own attempt');
    await expect.poll(() => storedDraft(page)).toBe('// my own attempt\npackage greeting\n');

    // Format runs gofmt on the learner's file, and the result is saved like any edit.
    await typeCode(page, exercise, 'package greeting\nfunc Greet(name string)string{return "Hi "+name}\n');
    await exercise.getByRole('button', { name: 'Format' }).click();
    await expect
      .poll(() => storedDraft(page), { timeout: 120_000 })
      .toBe('package greeting\n\nfunc Greet(name string) string { return "Hi " + name }\n');
    await context.close();
  });

  it('reveals hints one at a time and the solution only after asking', async () => {
    const { context, page } = await newPage(browser);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.accept();
    });
    const exercise = await openExercise(page);
    await expect(exercise.locator('.hint').count()).resolves.toBe(0);
    await exercise.getByRole('button', { name: /^Show a hint \(1 of \d+\)$/ }).click();
    await expect(exercise.locator('.hint').count()).resolves.toBe(1);
    await exercise.getByRole('button', { name: /^Show the next hint \(2 of \d+\)$/ }).click();
    await expect(exercise.locator('.hint').count()).resolves.toBe(2);

    await exercise.getByRole('button', { name: 'Show solution' }).click();
    expect(dialogs).toEqual(['Show the reference solution? Trying a little longer teaches more.']);
    await expect(exercise.locator('figcaption', { hasText: 'solution: greeting.go' }).count()).resolves.toBe(1);

    // The hydrated editor, hints and solution are accessible too.
    const results = await new AxeBuilder({ page }).include('section[data-exercise="greeting"]').analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    ).toEqual([]);
    await context.close();
  });
});

describe('an exercise reached by keyboard', () => {
  it('is a Tab stop before it loads, and keeps focus inside it once it has', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(LESSON);
    // Tab from the top of the page until focus enters the exercise; nothing clicked or scrolled.
    let inside = false;
    for (let i = 0; i < 400 && !inside; i++) {
      await page.keyboard.press('Tab');
      inside = await page.evaluate(
        () =>
          !!document.activeElement?.closest('section.exercise .exercise-editor, section.exercise .exercise-loading'),
      );
    }
    expect(inside).toBe(true);
    // The editor loads around the focused placeholder; focus moves to its first control, not to the page.
    await page.locator('section.exercise .cm-content').first().waitFor({ timeout: 60_000 });
    await expect
      .poll(() => page.evaluate(() => !!document.activeElement?.closest('section.exercise .exercise-editor')))
      .toBe(true);
    await context.close();
  });
});
