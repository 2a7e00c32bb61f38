/**
 * The files of the runner bundle under /runner/ on the course site (built by
 * scripts/build-runner-bundle.mjs). The engine finds its two worker scripts
 * next to go-runner.mjs, so a grading project always copies all three.
 */
export const RUNNER_ENTRY = 'go-runner.mjs';
export const RUNNER_FILES = [RUNNER_ENTRY, 'toolchain-worker.mjs', 'program-worker.mjs'] as const;
