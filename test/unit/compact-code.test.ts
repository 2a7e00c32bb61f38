import { describe, expect, it } from 'vitest';
import { compactTokenStyles, defaultTokenStyle, tokenStylesheet } from '../../scripts/lib/compact-code.mjs';

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

describe('default-coloured tokens', () => {
  const ecCss =
    ":root{--ec-codeFg:#e1e4e8;--ec-codeBg:#24292e}:root[data-theme='light'] .expressive-code{--ec-codeFg:#24292e}";
  const fg = defaultTokenStyle(ecCss);

  it('reads the default text colour of both themes from the Expressive Code stylesheet', () => {
    expect(fg).toBe('--0:#e1e4e8;--1:#24292e');
    expect(defaultTokenStyle('.expressive-code{color:red}')).toBeUndefined();
  });

  it('unwraps tokens in the default colour, whatever the case of the hex digits, and keeps the rest', () => {
    const html =
      '<span style="--0:#E1E4E8;--1:#24292E">a[</span><span style="--0:#79B8FF;--1:#005CC5">0</span>' +
      '<span style="--0:#e1e4e8;--1:#24292e">]</span>';
    const classes = new Map<string, string>();
    expect(compactTokenStyles(html, classes, fg)).toBe('a[<span class="x0">0</span>]');
    expect([...classes.keys()]).toEqual(['--0:#79B8FF;--1:#005CC5']);
  });

  it('keeps a default-coloured token that carries a font style, and any token when no default is known', () => {
    const italic = '<span style="--0:#E1E4E8;--0fs:italic;--1:#24292E;--1fs:italic">x</span>';
    expect(compactTokenStyles(italic, new Map(), fg)).toBe('<span class="x0">x</span>');
    const plain = '<span style="--0:#E1E4E8;--1:#24292E">x</span>';
    expect(compactTokenStyles(plain, new Map())).toBe('<span class="x0">x</span>');
  });

  it('never changes the text of a line, so copying a block copies the same code', () => {
    const pre =
      '<pre data-language="go"><code><div class="ec-line"><div class="code"><span class="indent">\t</span>' +
      '<span style="--0:#F97583;--1:#BF3441">return</span><span style="--0:#E1E4E8;--1:#24292E"> a &lt; b</span></div></div></code></pre>';
    const text = (s: string) => s.replace(/<[^>]*>/g, '');
    expect(text(compactTokenStyles(pre, new Map(), fg))).toBe(text(pre));
  });
});

describe('line markup', () => {
  it('drops indentation spans and quotes of one-word classes inside code blocks that do not wrap', () => {
    const pre =
      '<pre data-language="go"><code><div class="ec-line highlight mark"><div class="code"><span class="indent">\t\t</span>' +
      '<span style="--0:#F97583;--1:#BF3441">go</span></div></div></code></pre>';
    expect(compactTokenStyles(pre, new Map())).toBe(
      '<pre tabindex="0" data-language="go"><code><div class="ec-line highlight mark"><div class=code>\t\t' +
        '<span class=x0>go</span></div></div></code></pre>',
    );
  });

  it('keeps indentation spans where Expressive Code styles them: blocks that wrap', () => {
    const pre =
      '<pre class="wrap" data-language="go"><code><div class="ec-line"><div class="code"><span class="indent">\t</span>x</div></div></code></pre>';
    expect(compactTokenStyles(pre, new Map())).toBe(
      '<pre class="wrap" data-language="go"><code><div class=ec-line><div class=code><span class=indent>\t</span>x</div></div></code></pre>',
    );
  });

  it('leaves quotes outside code blocks alone', () => {
    const html = '<div class="note"><span class="indent">\t</span></div>';
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
