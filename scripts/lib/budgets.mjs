import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Limits from the foundation issue. */
export const BUDGETS = {
  /** JavaScript a lesson page loads before any island is used, gzip bytes. */
  lessonEagerJsGzip: 20 * 1024,
  /** HTML of any single page, raw bytes. */
  pageHtml: 150 * 1024,
};

/**
 * Every .html file under dir, recursively.
 * @param {string} dir
 * @returns {string[]}
 */
export function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return htmlFiles(path);
    return d.name.endsWith('.html') ? [path] : [];
  });
}

/** @param {string} text */
const gz = (text) => gzipSync(text, { level: 9 }).length;

/**
 * JavaScript a page runs without any interaction: inline scripts, module
 * scripts and everything they import statically, plus islands hydrated on
 * load or idle. Islands hydrated on visibility or interaction are not counted
 * (they are what "before any island is used" excludes). Returns gzip bytes per file.
 * @param {string} html
 * @param {string} distDir
 * @returns {{ source: string, gzipBytes: number }[]}
 */
export function eagerJs(html, distDir) {
  /** @type {{ source: string, gzipBytes: number }[]} */
  const parts = [];
  const seen = new Set();
  /** @param {string} url */
  const visit = (url) => {
    if (!url.startsWith('/') || seen.has(url)) return;
    seen.add(url);
    const file = join(distDir, url);
    if (!existsSync(file)) return;
    const code = readFileSync(file, 'utf8');
    parts.push({ source: url, gzipBytes: gz(code) });
    for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
      const spec = m[1] ?? '';
      visit(spec.startsWith('.') ? new URL(spec, `http://x${url}`).pathname : spec);
    }
  };
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1] ?? '';
    const code = m[2] ?? '';
    const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
    if (src) visit(src);
    else if (code.trim() && !/type="application\/(ld\+)?json"/.test(attrs))
      parts.push({ source: 'inline', gzipBytes: gz(code) });
  }
  for (const m of html.matchAll(/<astro-island\b([^>]*)>/g)) {
    const attrs = m[1] ?? '';
    const client = /\bclient="([^"]+)"/.exec(attrs)?.[1];
    if (client !== 'load' && client !== 'idle' && client !== 'only') continue;
    for (const key of ['component-url', 'renderer-url']) {
      const url = new RegExp(`\\b${key}="([^"]+)"`).exec(attrs)?.[1];
      if (url) visit(url);
    }
  }
  return parts;
}

/**
 * Checks every page of a built site; returns human-readable violations and a report.
 * @param {string} distDir
 * @param {typeof BUDGETS} [budgets]
 */
export function checkBudgets(distDir, budgets = BUDGETS) {
  /** @type {string[]} */
  const violations = [];
  /** @type {{ page: string, htmlBytes: number, eagerJsGzip: number }[]} */
  const report = [];
  for (const file of htmlFiles(distDir)) {
    const page = '/' + relative(distDir, file).replace(/index\.html$/, '');
    const html = readFileSync(file, 'utf8');
    const htmlBytes = statSync(file).size;
    if (htmlBytes > budgets.pageHtml) {
      violations.push(`${page}: HTML is ${htmlBytes} bytes, budget ${budgets.pageHtml}`);
    }
    const js = eagerJs(html, distDir).reduce((sum, p) => sum + p.gzipBytes, 0);
    if (page.startsWith('/lessons/') && js > budgets.lessonEagerJsGzip) {
      violations.push(
        `${page}: ${js} bytes of JavaScript (gzip) before any island is used, budget ${budgets.lessonEagerJsGzip}`,
      );
    }
    report.push({ page, htmlBytes, eagerJsGzip: js });
  }
  return { violations, report };
}
