import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runDbBench } from '../../scripts/lib/db-bench';

// The benchmark's cases must keep working as the database evolves; this runs
// them once on a small data set (timings are the benchmark's business, not a test's).
describe('the learner-database benchmark', () => {
  it('seeds the data, and times every case and its baseline', { timeout: 60_000 }, async () => {
    const courseYaml = readFileSync(new URL('../../content/course.yaml', import.meta.url), 'utf8');
    const result = await runDbBench({
      courseYaml,
      attempts: 200,
      runs: { dashboard: 2, export: 1, import: 1, practice: 2 },
      practice: { cards: 100, events: 500 },
    });
    expect(result.records).toMatchObject({ attempts: 200, progress: 35, cards: 100, reviewEvents: 500 });
    expect(result.practiceMs).toHaveLength(2);
    expect(result.baseline.practiceMs).toHaveLength(2);
    expect(result.practiceColdMs).toHaveLength(2);
    expect(result.records.exportBytes).toBeGreaterThan(10_000);
    expect(result.dashboardMs).toHaveLength(2);
    expect(result.baseline.dashboardMs).toHaveLength(2);
    expect(result.exportMs).toHaveLength(1);
    expect(result.baseline.exportMs).toHaveLength(1);
    expect(result.importMs).toHaveLength(1);
    expect(result.baseline.importMs).toHaveLength(1);
  });
});
