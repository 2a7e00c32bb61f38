import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Runs `astro sync` (which loads and validates every collection) with the
 * lessons or exercises folder replaced, in a throwaway cache so the real
 * build's data store is untouched. Returns the exit code and all output.
 */
export function syncWith(env: { lessonsDir?: string; exercisesDir?: string }): { code: number; output: string } {
  const cacheDir = mkdtempSync(join(tmpdir(), 'gm-sync-'));
  try {
    const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'sync'], {
      encoding: 'utf8',
      env: {
        ...process.env,
        GO_MASTERY_CACHE_DIR: cacheDir,
        ...(env.lessonsDir ? { GO_MASTERY_LESSONS_DIR: env.lessonsDir } : {}),
        ...(env.exercisesDir ? { GO_MASTERY_EXERCISES_DIR: env.exercisesDir } : {}),
        FORCE_COLOR: '0',
        NO_COLOR: '1',
      },
    });
    // Colour is off (NO_COLOR), so assertions read plain text.
    const output = `${result.stdout}${result.stderr}`;
    return { code: result.status ?? 1, output };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}
