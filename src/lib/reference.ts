/**
 * The reference data of the learner tools (content/mastery, content/rubrics)
 * as one value, the checks that span several files, and the per-area guide
 * (lessons and exercises) the mastery map and the plan link to. Pure: the
 * Astro side (src/data/reference.ts) loads the collections and calls this.
 */
import type { Course } from './schema/course';
import type { Cadence, MasteryArea, MasteryAreasDoc, NextProjectsDoc } from './schema/mastery';
import type { Checklist, ReviewDocumentTemplate, ScorecardRubric, SkillLadder } from './schema/rubrics';
import type { MasteryAreaId } from './mastery-areas';
import { lessonHref } from './course';

/** Everything in content/mastery and content/rubrics, validated. */
export interface ReferenceData {
  mastery: MasteryAreasDoc;
  cadence: Cadence;
  projects: NextProjectsDoc;
  scorecard: ScorecardRubric;
  ladder: SkillLadder;
  checklist: Checklist;
  reviewDocument: ReviewDocumentTemplate;
}

/** Problems that no single file's schema can see; empty when the files agree. */
export function referenceProblems(data: ReferenceData): string[] {
  const problems: string[] = [];
  const projectWeeks = data.projects.projects.reduce((sum, p) => sum + p.weeks.length, 0);
  if (projectWeeks !== data.cadence.weeks) {
    problems.push(
      `content/mastery/next-projects.yaml has ${projectWeeks} project weeks, but content/mastery/cadence.yaml plans ${data.cadence.weeks}`,
    );
  }
  return problems;
}

/** A lesson to review, linked when it is published. */
export interface LessonLink {
  part: number;
  title: string;
  /** The lesson page, or null while the part is not yet published. */
  href: string | null;
}

/** A graded exercise a learner can open now. */
export interface ExerciseLink {
  slug: string;
  title: string;
  part: number;
  /** The exercise inside its lesson page. */
  href: string;
}

/** One mastery area with what teaches it: the data the mastery map and the plan need. */
export interface AreaGuide {
  id: MasteryAreaId;
  title: string;
  question: string;
  levels: MasteryArea['levels'];
  lessons: LessonLink[];
  /** Exercises in published lessons whose exercise.yaml names this area, in course order. */
  exercises: ExerciseLink[];
}

/** What the guide needs to know about one published lesson. */
export interface PublishedLesson {
  part: number;
  exercises: readonly string[];
}

/** What the guide needs to know about one exercise or review kata (from its exercise.yaml). */
export interface ExerciseInfo {
  slug: string;
  title: string;
  part: number;
  mastery: readonly MasteryAreaId[];
  /** A review kata rather than a coding exercise (its heading id differs). */
  kata?: boolean;
}

/** URL of an exercise (or kata) inside the lesson that embeds it (the id Exercise.astro / ReviewKata.astro give its heading). */
export function exerciseHref(lessonSlug: string, exercise: string, kata = false): string {
  return `${lessonHref({ slug: lessonSlug })}#${kata ? 'kata' : 'exercise'}-${exercise}`;
}

/**
 * Each area with its lessons (from areas.yaml, linked when published) and its
 * exercises: those embedded in a published lesson whose `mastery` lists the
 * area. An exercise in an unpublished lesson cannot be opened, so it is not
 * offered and does not count as available evidence.
 */
export function areaGuides(
  areas: readonly MasteryArea[],
  course: Course,
  published: readonly PublishedLesson[],
  exercises: readonly ExerciseInfo[],
): AreaGuide[] {
  const partsByNumber = new Map(course.parts.map((p) => [p.part, p]));
  const publishedParts = new Set(published.map((l) => l.part));
  const bySlug = new Map(exercises.map((e) => [e.slug, e]));
  const reachable: ExerciseLink[] = [...published]
    .sort((a, b) => a.part - b.part)
    .flatMap((lesson) => {
      const part = partsByNumber.get(lesson.part);
      return lesson.exercises.flatMap((slug) => {
        const info = bySlug.get(slug);
        return part && info
          ? [{ slug, title: info.title, part: lesson.part, href: exerciseHref(part.slug, slug, info.kata === true) }]
          : [];
      });
    });
  return areas.map((area) => ({
    id: area.id,
    title: area.title,
    question: area.question,
    levels: area.levels,
    lessons: area.parts.flatMap((n) => {
      const part = partsByNumber.get(n);
      return part ? [{ part: n, title: part.title, href: publishedParts.has(n) ? lessonHref(part) : null }] : [];
    }),
    exercises: reachable.filter((e) => bySlug.get(e.slug)?.mastery.includes(area.id)),
  }));
}
