#!/usr/bin/env node
// Fails when a built page is over its HTML or JavaScript budget (run after `astro build`).
import { existsSync } from 'node:fs';
import { BUDGETS, checkBudgets } from './lib/budgets.mjs';

const dist = process.argv[2] ?? 'dist';
if (!existsSync(dist)) {
  console.error(`${dist}/ not found: run npm run build first`);
  process.exit(2);
}
const { violations, report } = checkBudgets(dist);
for (const r of report) {
  console.log(
    `${r.page.padEnd(48)} html ${String(r.htmlBytes).padStart(7)} B   eager js ${String(r.eagerJsGzip).padStart(6)} B gzip`,
  );
}
if (violations.length > 0) {
  console.error(
    `\nOver budget (html ${BUDGETS.pageHtml} B, lesson js ${BUDGETS.lessonEagerJsGzip} B gzip):\n  ${violations.join('\n  ')}`,
  );
  process.exit(1);
}
console.log(`\nbudgets: ${report.length} pages within budget`);
