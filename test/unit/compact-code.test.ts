import { describe, expect, it } from 'vitest';
import { compactTokenStyles, tokenStylesheet } from '../../scripts/lib/compact-code.mjs';

const line =
  '<div class="ec-line"><div class="code"><span style="--0:#F97583;--1:#BF3441">package</span><span style="--0:#E1E4E8;--1:#24292E"> </span><span style="--0:#B392F0;--1:#6F42C1">main</span></div></div>';

describe('compactTokenStyles', () => {
  it('replaces each distinct token style with one short class, reused across pages', () => {
    const classes = new Map<string, string>();
    const first = compactTokenStyles(line, classes);
    expect(first).toBe(
      '<div class="ec-line"><div class="code"><span class="x0">package</span> <span class="x1">main</span></div></div>',
    );
    const second = compactTokenStyles('<span style="--0:#B392F0;--1:#6F42C1">fmt</span>', classes);
    expect(second).toBe('<span class="x1">fmt</span>');
    expect(classes.size).toBe(2);
  });

  it('leaves text and other markup untouched', () => {
    const html = '<p style="color:red">Hi</p><span class="title">x</span>';
    expect(compactTokenStyles(html, new Map())).toBe(html);
  });
});

describe('tokenStylesheet', () => {
  it('defines every class and the dark/light colour rules', () => {
    const css = tokenStylesheet(new Map([['--0:#F97583;--1:#BF3441', 'x0']]));
    expect(css).toContain(".expressive-code .ec-line span[class^='x']{color:var(--0,inherit)");
    expect(css).toContain(
      ":root[data-theme='light'] .expressive-code .ec-line span[class^='x']{color:var(--1,inherit)",
    );
    expect(css).toContain('.x0{--0:#F97583;--1:#BF3441}');
  });
});

describe('the copy button after compaction', () => {
  it('drops the duplicate data-code attribute and adds the script that restores it on click', () => {
    const html =
      '<body><div class="copy"><button title="Copy to clipboard" data-code="package main">x</button></div></body>';
    const out = compactTokenStyles(html, new Map());
    expect(out).not.toContain('data-code=');
    expect(out).toContain("closest('.expressive-code .copy button')");
    expect(out.indexOf('<script>')).toBeLessThan(out.indexOf('</body>'));
  });
});

describe('code block focus', () => {
  it('makes every code block keyboard-focusable without waiting for a script', () => {
    expect(compactTokenStyles('<pre data-language="go"><code></code></pre>', new Map())).toBe(
      '<pre tabindex="0" data-language="go"><code></code></pre>',
    );
  });
});

describe('tables', () => {
  it('wraps each Markdown table in a keyboard-focusable, distinctly named scroll region; classed tables stay', () => {
    const html =
      '<table><tr><td>a</td></tr></table><table class="x"><tr><td>b</td></tr></table><table><tr><td>c</td></tr></table>';
    expect(compactTokenStyles(html, new Map())).toBe(
      '<div class="table-scroll" tabindex="0" role="region" aria-label="Table 1"><table><tr><td>a</td></tr></table></div>' +
        '<table class="x"><tr><td>b</td></tr></table>' +
        '<div class="table-scroll" tabindex="0" role="region" aria-label="Table 2"><table><tr><td>c</td></tr></table></div>',
    );
  });
});
