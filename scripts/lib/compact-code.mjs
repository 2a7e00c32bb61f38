import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles } from './budgets.mjs';

/**
 * Expressive Code colours every token with an inline style holding both
 * themes' colours (`style="--0:#E1E4E8;--1:#24292E"`), which is about a third
 * of a lesson page's HTML. After the build, this swaps each distinct style for
 * a short class defined once in a shared stylesheet, and drops the colour of
 * whitespace-only tokens (invisible anyway). The page looks the same and the
 * HTML shrinks, keeping long lessons within their size budget.
 */

const TOKEN = /<span style="(--0:[^"]*)">/g;
const BLANK_TOKEN = /<span style="--0:[^"]*">(\s*)<\/span>/g;
const COPY_DATA = / data-code="[^"]*"/g;

/**
 * Expressive Code's copy button also keeps a second copy of every block's code
 * in a data-code attribute. This capture-phase listener fills that attribute
 * from the rendered lines just before the button's own click handler reads it,
 * so the page carries the code once. (\u007f is how EC encodes newlines there;
 * an empty line renders as a lone newline, which is not part of the code.)
 */
export const COPY_SUPPORT_SCRIPT =
  "<script>document.addEventListener('click',function(e){var b=e.target instanceof Element&&e.target.closest('.expressive-code .copy button');" +
  "if(!b||b.dataset.code)return;var f=b.closest('figure');if(!f)return;" +
  "b.dataset.code=Array.prototype.map.call(f.querySelectorAll('pre .ec-line'),function(l){return l.textContent.replace(/\\n$/,'')}).join('\\u007f')},true)</script>";

/**
 * Rewrites one page; `classes` maps each style to its class across all pages.
 * @param {string} html
 * @param {Map<string, string>} classes
 */
export function compactTokenStyles(html, classes) {
  const withoutCopies = html.includes(' data-code="')
    ? html.replace(COPY_DATA, '').replace('</body>', `${COPY_SUPPORT_SCRIPT}</body>`)
    : html;
  // Code blocks that overflow must be keyboard-scrollable from the first paint;
  // Expressive Code only adds tabindex from an idle callback (and removes it
  // again from blocks that do not overflow).
  const focusable = withoutCopies.replace(/<pre data-language=/g, '<pre tabindex="0" data-language=');
  // Markdown tables (bare <table>) may be wider than a phone: wrap each in a
  // focusable region that scrolls sideways, reachable from the keyboard.
  // Each region gets its own name: landmarks on one page must be distinguishable.
  let tableCount = 0;
  const tables = focusable.replace(
    /<table>([\s\S]*?)<\/table>/g,
    (_match, inner) =>
      `<div class="table-scroll" tabindex="0" role="region" aria-label="Table ${++tableCount}"><table>${inner}</table></div>`,
  );
  return tables.replace(BLANK_TOKEN, '$1').replace(TOKEN, (_match, style) => {
    let name = classes.get(style);
    if (!name) {
      name = `x${classes.size.toString(36)}`;
      classes.set(style, name);
    }
    return `<span class="${name}">`;
  });
}

/**
 * The stylesheet for the classes: the same colour rules Expressive Code applies
 * to inline-styled tokens (theme 0 is dark and the default, theme 1 is light).
 * @param {Map<string, string>} classes
 */
export function tokenStylesheet(classes) {
  const props = (/** @type {string} */ n) =>
    `color:var(--${n},inherit);font-style:var(--${n}fs,inherit);font-weight:var(--${n}fw,inherit);text-decoration:var(--${n}td,inherit)`;
  const rules = [
    `.expressive-code .ec-line span[class^='x']{${props('0')}}`,
    `:root[data-theme='light'] .expressive-code .ec-line span[class^='x']{${props('1')}}`,
  ];
  for (const [style, name] of classes) rules.push(`.${name}{${style}}`);
  return rules.join('\n') + '\n';
}

/**
 * Compacts every HTML page under distDir and links the shared stylesheet.
 * Returns the bytes saved.
 * @param {string} distDir
 */
export function compactBuiltSite(distDir) {
  const classes = new Map();
  const pages = htmlFiles(distDir).map((file) => {
    const before = readFileSync(file, 'utf8');
    return { file, before, after: compactTokenStyles(before, classes) };
  });
  if (classes.size === 0) return 0;
  const css = tokenStylesheet(classes);
  const name = `ec-tokens.${createHash('sha256').update(css).digest('hex').slice(0, 8)}.css`;
  writeFileSync(join(distDir, '_astro', name), css);
  let saved = 0;
  for (const page of pages) {
    if (page.after === page.before) continue;
    const linked = page.after.replace('</head>', `<link rel="stylesheet" href="/_astro/${name}"></head>`);
    writeFileSync(page.file, linked);
    saved += page.before.length - linked.length;
  }
  return saved;
}
