/**
 * The StackBlitz project of an exercise: the grading project (template.ts)
 * with the learner's current draft as the Go files, as the SDK's `Project`,
 * plus the embed options. Pure, so it is tested without the SDK or a browser.
 */
import type { EmbedOptions, Project } from '@stackblitz/sdk';
import { gradingProjectFiles, type GradingExercise } from './template.ts';

/** What the embed needs besides the exercise. */
export interface StackBlitzExtras {
  /** The lesson page, linked from the project's README. */
  lessonUrl?: string;
  /** The site's colour scheme, so the editor does not flash the other one. */
  theme?: 'light' | 'dark';
}

/** The SDK project and the options to embed it with. */
export interface StackBlitzPayload {
  project: Project;
  options: EmbedOptions;
}

/** The course site's origin without a trailing slash ("https://example.org"). */
function originOf(courseOrigin: string): string {
  const url = new URL(courseOrigin);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`the course origin must be an http(s) URL, not ${courseOrigin}`);
  }
  return url.origin;
}

/**
 * Builds the StackBlitz project of an exercise. The WebContainer fetches the
 * runner (/runner/) and the WebAssembly toolchain (/go/) from `courseOrigin`,
 * which is why those paths are served with CORS headers.
 */
export function buildStackBlitzProject(
  exercise: GradingExercise,
  draftFiles: Readonly<Record<string, string>>,
  courseOrigin: string,
  extras: StackBlitzExtras = {},
): StackBlitzPayload {
  const origin = originOf(courseOrigin);
  const files = gradingProjectFiles(exercise, {
    draft: draftFiles,
    runnerBase: `${origin}/runner/`,
    toolchainBase: `${origin}/go/`,
    ...(extras.lessonUrl === undefined ? {} : { lessonUrl: extras.lessonUrl }),
  });
  const project: Project = {
    title: `Go Mastery: ${exercise.meta.title}`,
    description: `Graded Go exercise "${exercise.meta.slug}": edit ${exercise.meta.files.join(', ')}, then npm test.`,
    // WebContainers: real Node, npm and a terminal, which the vitest harness needs.
    template: 'node',
    files,
  };
  const options: EmbedOptions = {
    openFile: exercise.meta.files[0] ?? 'README.md',
    // There is no web page to preview: the results are in the terminal.
    view: 'editor',
    startScript: 'test',
    terminalHeight: 45,
    height: 560,
    hideNavigation: true,
    ...(extras.theme === undefined ? {} : { theme: extras.theme }),
  };
  return { project, options };
}

/** The learner's files read back from a StackBlitz snapshot, and the ones it no longer has. */
export interface SnapshotFiles {
  files: Record<string, string>;
  missing: string[];
}

/** Picks the learner's editable files out of `vm.getFsSnapshot()` (paths may start with "/" or "./"). */
export function learnerFilesFromSnapshot(
  snapshot: Readonly<Record<string, string>> | null,
  learnerFiles: readonly string[],
): SnapshotFiles {
  const byPath = new Map(Object.entries(snapshot ?? {}).map(([path, text]) => [path.replace(/^\.?\//, ''), text]));
  const files: Record<string, string> = {};
  const missing: string[] = [];
  for (const name of learnerFiles) {
    const text = byPath.get(name);
    if (text === undefined) missing.push(name);
    else files[name] = text;
  }
  return { files, missing };
}
