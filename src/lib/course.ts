import type { Course, Part, Stage } from './schema/course';

/** A part of the outline together with whether its lesson is published. */
export interface OutlinePart extends Part {
  published: boolean;
  href: string | null;
}

/** A stage with its parts, in course order. */
export interface OutlineStage extends Stage {
  parts: OutlinePart[];
}

/** Parts sorted by part number (the file is already ordered; this guards hand edits). */
export function orderedParts(course: Course): Part[] {
  return [...course.parts].sort((a, b) => a.part - b.part);
}

/** Two-digit part number as used in file names: 1 → "01". */
export function padPart(part: number): string {
  return String(part).padStart(2, '0');
}

/** The file id a lesson for this part must have: `part-01-mental-model-of-go`. */
export function lessonFileId(part: Part): string {
  return `part-${padPart(part.part)}-${part.slug}`;
}

/** URL of a part's lesson page. */
export function lessonHref(part: Pick<Part, 'slug'>): string {
  return `/lessons/${part.slug}/`;
}

/** The part with this number, or undefined. */
export function findPart(course: Course, partNumber: number): Part | undefined {
  return course.parts.find((p) => p.part === partNumber);
}

/** The stage a part belongs to; throws when the outline is inconsistent. */
export function stageOf(course: Course, partNumber: number): Stage {
  const part = findPart(course, partNumber);
  if (!part) throw new Error(`part ${partNumber} is not in the course outline`);
  const stage = course.stages.find((s) => s.id === part.stage);
  if (!stage) throw new Error(`part ${partNumber} names unknown stage "${part.stage}"`);
  return stage;
}

/** Parts whose lesson is published, in course order. */
export function publishedParts(course: Course, published: ReadonlySet<number>): Part[] {
  return orderedParts(course).filter((p) => published.has(p.part));
}

/** Previous and next published parts around `partNumber` (skipping unpublished ones). */
export function neighbours(
  course: Course,
  published: ReadonlySet<number>,
  partNumber: number,
): { previous: Part | undefined; next: Part | undefined } {
  const list = publishedParts(course, published);
  const index = list.findIndex((p) => p.part === partNumber);
  if (index === -1) return { previous: undefined, next: undefined };
  return { previous: list[index - 1], next: list[index + 1] };
}

/** The outline grouped by stage, each part marked published or not yet published. */
export function outline(course: Course, published: ReadonlySet<number>): OutlineStage[] {
  const parts = orderedParts(course);
  return course.stages.map((stage) => ({
    ...stage,
    parts: parts
      .filter((p) => p.stage === stage.id)
      .map((p) => {
        const isPublished = published.has(p.part);
        return { ...p, published: isPublished, href: isPublished ? lessonHref(p) : null };
      }),
  }));
}

/** The first published part, where a new learner should start. */
export function startingPart(course: Course, published: ReadonlySet<number>): Part | undefined {
  return publishedParts(course, published)[0];
}

/** A lesson entry as the content layer gives it: file id and part number. */
export interface LessonEntryRef {
  id: string;
  part: number;
  /** Path of the file, for messages; defaults to content/lessons/<id>.mdx. */
  file?: string | undefined;
}

/**
 * Problems the per-file schema cannot see: two lessons for one part, or a file
 * name that does not match the outline. Each message names the file.
 */
export function lessonEntryProblems(course: Course, entries: readonly LessonEntryRef[]): string[] {
  const problems: string[] = [];
  const byPart = new Map<number, string>();
  for (const entry of entries) {
    const file = entry.file ?? `content/lessons/${entry.id}.mdx`;
    const part = findPart(course, entry.part);
    if (!part) {
      problems.push(`${file}: part ${entry.part} is not in content/course.yaml`);
      continue;
    }
    const expected = lessonFileId(part);
    if (entry.id !== expected) {
      problems.push(`${file}: a lesson for part ${entry.part} must be named ${expected}.mdx`);
    }
    const other = byPart.get(entry.part);
    if (other !== undefined) {
      problems.push(`${file}: part ${entry.part} already has a lesson (content/lessons/${other}.mdx)`);
    } else {
      byPart.set(entry.part, entry.id);
    }
  }
  return problems;
}
