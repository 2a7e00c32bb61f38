import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, scrollIntoView } from './browser';

const LESSON = '/lessons/mental-model-of-go/';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The lesson's playground, scrolled into view so its island hydrates. */
async function openPlayground(page: Page) {
  await page.goto(LESSON);
  const playground = page.locator('section.playground');
  await scrollIntoView(playground);
  await playground.locator('.cm-content').waitFor();
  return playground;
}

/** Replaces the editor's text the way a learner would: select all, type. */
async function replaceCode(page: Page, editor: ReturnType<Page['locator']>, code: string) {
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  // insertText avoids auto-indent and bracket completion mangling the program.
  await page.keyboard.insertText(code);
}

describe('the Go playground in a lesson', () => {
  it('lets a learner edit code, run it and see the output real Go prints', async () => {
    const { context, page } = await newPage(browser);
    const playground = await openPlayground(page);
    const editor = playground.locator('.cm-content');
    await replaceCode(
      page,
      editor,
      'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Printf("%v|%q|%T\\n", []int{1, 2}, "go", 3.5)\n}\n',
    );
    await playground.getByRole('button', { name: 'Run' }).click();
    const output = playground.getByLabel('Program output');
    await output.waitFor({ timeout: 120_000 });
    await expect(output.textContent()).resolves.toBe('[1 2]|"go"|float64\n');
    await expect(playground.locator('.run-summary').textContent()).resolves.toBe(
      'The program ran and exited normally.',
    );
    await context.close();
  });

  it('shows a compile error at its line in the editor', async () => {
    const { context, page } = await newPage(browser);
    const playground = await openPlayground(page);
    const editor = playground.locator('.cm-content');
    await replaceCode(page, editor, 'package main\n\nimport "os"\n\nfunc main() {\n\tx := 1\n}\n');
    await page.keyboard.press('ControlOrMeta+Enter');
    await playground.locator('.run-summary').filter({ hasText: 'did not compile' }).waitFor({ timeout: 120_000 });
    await expect(playground.locator('.run-summary').textContent()).resolves.toBe(
      'It did not compile: 2 errors, marked at their lines in the editor.',
    );
    const diagnostics = await playground.getByLabel('Compiler errors').locator('li').allTextContents();
    expect(diagnostics).toEqual(['main.go:3:8 "os" imported and not used', 'main.go:6:2 declared and not used: x']);
    // CodeMirror marks the offending ranges on lines 3 and 6.
    const marked = await playground.locator('.cm-line:has(.cm-lintRange-error)').allTextContents();
    expect(marked).toEqual(['import "os"', '\tx := 1']);
    // The editor with its error markers and the result panel pass axe.
    const results = await new AxeBuilder({ page }).include('section.playground').analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    ).toEqual([]);
    await context.close();
  });

  it('stops an infinite loop with a clear timeout message, stays responsive, and runs again', async () => {
    const { context, page } = await newPage(browser);
    const playground = await openPlayground(page);
    const editor = playground.locator('.cm-content');
    await replaceCode(page, editor, 'package main\n\nfunc main() {\n\tfor {\n\t}\n}\n');
    await playground.getByRole('button', { name: 'Run' }).click();
    // While the loop spins in its worker, the page still answers.
    await playground.getByRole('button', { name: 'Running…' }).waitFor();
    await expect(page.evaluate(() => 1 + 1)).resolves.toBe(2);
    const summary = playground.locator('.run-summary');
    await summary.filter({ hasText: 'Stopped after' }).waitFor({ timeout: 120_000 });
    await expect(summary.textContent()).resolves.toMatch(/^Stopped after 10 s: it did not finish in time\./);
    await replaceCode(page, editor, 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("alive") }\n');
    await playground.getByRole('button', { name: 'Run' }).click();
    await summary.filter({ hasText: 'exited normally' }).waitFor({ timeout: 60_000 });
    await expect(playground.getByLabel('Program output').textContent()).resolves.toBe('alive\n');
    await context.close();
  });

  it('stops a running program with Stop, at once, and runs again with the toolchain still warm', async () => {
    const { context, page } = await newPage(browser);
    const playground = await openPlayground(page);
    const editor = playground.locator('.cm-content');
    await replaceCode(page, editor, 'package main\n\nfunc main() {\n\tfor {\n\t}\n}\n');
    await playground.getByRole('button', { name: 'Run', exact: true }).click();
    const stop = playground.getByRole('button', { name: 'Stop' });
    await stop.waitFor({ timeout: 120_000 });
    // Let the program start its endless loop, then stop it by keyboard.
    await page.waitForTimeout(1_000);
    await stop.focus();
    const pressed = Date.now();
    await page.keyboard.press('Enter');
    const summary = playground.locator('.run-summary');
    await summary.filter({ hasText: 'Stopped: the program was ended' }).waitFor({ timeout: 5_000 });
    expect(Date.now() - pressed).toBeLessThan(5_000);
    await expect(stop.count()).resolves.toBe(0);
    await replaceCode(page, editor, 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("after stop") }\n');
    await playground.getByRole('button', { name: 'Run', exact: true }).click();
    await summary.filter({ hasText: 'exited normally' }).waitFor({ timeout: 60_000 });
    await expect(playground.getByLabel('Program output').textContent()).resolves.toBe('after stop\n');
    await context.close();
  });

  it('runs again after a reload with the toolchain served from the browser cache, the network cut', async () => {
    const { context, page } = await newPage(browser);
    let playground = await openPlayground(page);
    await playground.getByRole('button', { name: 'Run' }).click();
    await playground.getByLabel('Program output').waitFor({ timeout: 120_000 });
    // Cut every toolchain download: only the browser cache can serve it now.
    await context.route('**/go/**', (route) => route.abort('internetdisconnected'));
    await page.reload();
    playground = await openPlayground(page);
    await playground.getByRole('button', { name: 'Run' }).click();
    await playground.getByLabel('Program output').waitFor({ timeout: 120_000 });
    await expect(playground.locator('.run-summary').textContent()).resolves.toBe(
      'The program ran and exited normally.',
    );
    await context.close();
  });

  it('formats code with gofmt and resets to the example', async () => {
    const { context, page } = await newPage(browser);
    const playground = await openPlayground(page);
    const editor = playground.locator('.cm-content');
    const firstLine = await editor.locator('.cm-line').first().textContent();
    await replaceCode(page, editor, 'package main\nfunc main(){x:=1\n_=x}\n');
    await playground.getByRole('button', { name: 'Format' }).click();
    // Compare line by line: CodeMirror renders each line as one .cm-line element.
    await expect
      .poll(() => editor.locator('.cm-line').allTextContents(), { timeout: 120_000 })
      .toEqual(['package main', '', 'func main() {', '\tx := 1', '\t_ = x', '}', '']);
    const reset = playground.getByRole('button', { name: 'Reset' });
    await reset.click();
    // Back to the example: same first line, and nothing left to reset.
    await expect(editor.locator('.cm-line').first().textContent()).resolves.toBe(firstLine);
    await expect(reset.isDisabled()).resolves.toBe(true);
    await context.close();
  });
});
