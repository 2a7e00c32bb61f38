import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles } from './budgets.mjs';

/**
 * Expressive Code colours every token with an inline style holding both
 * themes' colours (`style="--0:#E1E4E8;--1:#24292E"`), which is about a third
 * of a lesson page's HTML. After the build, this rewrites the code blocks so
 * they render the same with far less markup:
 * - tokens in the code's default text colour (the `--ec-codeFg` of both
 *   themes) lose their span and inherit that colour from `<code>`;
 * - tokens that are only whitespace lose their span (their colour is invisible);
 * - every other distinct style becomes a short class defined once in a shared
 *   stylesheet;
 * - indentation spans lose their wrapper in blocks that do not wrap lines
 *   (Expressive Code styles `span.indent` only inside `pre.wrap`);
 * - one-word class attributes of lines and tokens drop their quotes.
 * Copying a block still copies its exact text: only tags change, never text.
 */

const TOKEN = /<span style="(--0:[^"]*)">/g;
const BLANK_TOKEN = /<span style="--0:[^"]*">(\s*)<\/span>/g;
const TEXT_TOKEN = /<span style="(--0:[^"]*)">([^<]*)<\/span>/g;
const PRE_BLOCK = /<pre\b([^>]*)>([\s\S]*?)<\/pre>/g;
const INDENT = /<span class="indent">(\s*)<\/span>/g;
const QUOTED_CLASS = /<(div|span) class="([\w-]+)">/g;
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
 * A token style, normalised for comparison: properties sorted, colours lower case.
 * @param {string} style
 */
function normalStyle(style) {
  return style
    .split(';')
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean)
    .sort()
    .join(';');
}

/**
 * The token style that means "the code's default text colour", built from the
 * `--ec-codeFg` values of Expressive Code's stylesheet (theme 0 first, then
 * theme 1), or undefined when the stylesheet does not say.
 * @param {string} css
 * @returns {string | undefined}
 */
export function defaultTokenStyle(css) {
  const colours = [...css.matchAll(/--ec-codeFg:\s*([^;}]+)/g)].map((m) => (m[1] ?? '').trim());
  if (colours.length < 2) return undefined;
  return normalStyle(`--0:${colours[0]};--1:${colours[1]}`);
}

/**
 * Rewrites one page; `classes` maps each style to its class across all pages.
 * `defaultStyle` (from defaultTokenStyle) is the style whose tokens need no span.
 * @param {string} html
 * @param {Map<string, string>} classes
 * @param {string} [defaultStyle]
 */
export function compactTokenStyles(html, classes, defaultStyle) {
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
  const tokens = tables
    .replace(BLANK_TOKEN, '$1')
    .replace(TEXT_TOKEN, (match, style, text) =>
      defaultStyle !== undefined && normalStyle(style) === defaultStyle ? text : match,
    )
    .replace(TOKEN, (_match, style) => {
      let name = classes.get(style);
      if (!name) {
        name = `x${classes.size.toString(36)}`;
        classes.set(style, name);
      }
      return `<span class="${name}">`;
    });
  return tokens.replace(PRE_BLOCK, (_match, attrs, inner) => {
    const wraps = /\bclass="[^"]*\bwrap\b/.test(attrs);
    const lines = (wraps ? inner : inner.replace(INDENT, '$1')).replace(QUOTED_CLASS, '<$1 class=$2>');
    return `<pre${attrs}>${lines}</pre>`;
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
  const astroDir = join(distDir, '_astro');
  const ecCss = existsSync(astroDir)
    ? readdirSync(astroDir)
        .filter((f) => /^ec\..*\.css$/.test(f))
        .map((f) => readFileSync(join(astroDir, f), 'utf8'))
        .join('\n')
    : '';
  const defaultStyle = defaultTokenStyle(ecCss);
  const pages = htmlFiles(distDir).map((file) => {
    const before = readFileSync(file, 'utf8');
    return { file, before, after: compactTokenStyles(before, classes, defaultStyle) };
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
