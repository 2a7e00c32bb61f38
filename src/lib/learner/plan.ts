/**
 * The 12-week plan generator. A pure function of its input: the same start
 * date, assessment, projects, cadence, area guides and solved exercises always
 * give the same plan, with the same task ids. Ids are what done marks hang on,
 * so they are derived from stable content ids, never from positions in a
 * generated list or from random numbers:
 *   - project tasks: `<project id>.<week of the project>.<cadence step>`  (rest-service.2.measure)
 *   - review lessons: `w<week>.lesson.p<part>`                           (w03.lesson.p13)
 *   - review exercises: `w<week>.exercise.<slug>`                        (w03.exercise.dedupe)
 *   - spaced practice: `w<week>.practice`                               (w03.practice)
 *
 * Each week belongs to one project (in order, each for as many weeks as it
 * lists) and holds one task per cadence step, then review tasks for up to two
 * of the learner's focus areas (scored below 4). Focus areas are spread so
 * each is reviewed as often as the others: a week takes the areas reviewed
 * least so far, preferring those the week's project exercises, then the
 * weakest. Each time an area comes back, the next of its lessons and
 * exercises is chosen, unsolved exercises first. Every week ends with a
 * practice block on /practice/: the spaced reviews keep earlier weeks alive.
 */
import type { MasteryAreaId } from '../mastery-areas';
import type { AreaGuide } from '../reference';
import type { Cadence, NextProject } from '../schema/mastery';
import { addDays, isIsoDay } from './days';
import { areaEvidence, focusAreas, type AreaEvidence } from './mastery';
import type { Assessment, PlanTask, PlanWeek, StudyPlan } from './types';

/** How many focus areas get review tasks in one week. */
export const REVIEW_AREAS_PER_WEEK = 2;

/** On how many days a week the plan asks for a practice session: retrieval works when it is spaced. */
export const PRACTICE_DAYS_PER_WEEK = 3;

/** The id of the one stored plan. */
export const PLAN_ID = 'current';

export interface PlanInput {
  /** The Monday (or any day) the plan starts, YYYY-MM-DD. */
  startDate: string;
  /** The assessment whose weak areas get review tasks; null plans project work only. */
  assessment: Pick<Assessment, 'id' | 'scores'> | null;
  projects: readonly NextProject[];
  cadence: Cadence;
  areas: readonly AreaGuide[];
  /** Slugs of the exercises the learner has solved. */
  solved: readonly string[];
}

/** What the generator produces; merged into the stored plan by mergePlan. */
export type GeneratedPlan = Pick<StudyPlan, 'startDate' | 'assessmentId' | 'weeks'>;

const weekTag = (index: number) => `w${String(index + 1).padStart(2, '0')}`;

/** Builds the plan. Throws on a malformed start date or when the projects do not fill the cadence's weeks. */
export function generatePlan(input: PlanInput): GeneratedPlan {
  if (!isIsoDay(input.startDate)) throw new Error(`The start date "${input.startDate}" is not a valid date.`);
  const slots = input.projects.flatMap((project) => project.weeks.map((week, i) => ({ project, week, i })));
  if (slots.length !== input.cadence.weeks) {
    throw new Error(`The projects cover ${slots.length} weeks, but the plan has ${input.cadence.weeks}.`);
  }

  const guides = new Map(input.areas.map((a) => [a.id, a]));
  const solved = new Set(input.solved);
  const evidence: Partial<Record<MasteryAreaId, AreaEvidence>> = {};
  for (const area of input.areas) evidence[area.id] = areaEvidence(area.exercises, solved);
  const weak = input.assessment ? focusAreas(input.assessment.scores, evidence) : [];
  const uses = new Map<MasteryAreaId, number>();

  const weeks = slots.map(({ project, week, i }, index): PlanWeek => {
    const focus = weak
      .map((area, rank) => ({
        area,
        rank,
        used: uses.get(area.id) ?? 0,
        relevant: project.areas.includes(area.id),
      }))
      .sort((a, b) => a.used - b.used || Number(b.relevant) - Number(a.relevant) || a.rank - b.rank)
      .slice(0, REVIEW_AREAS_PER_WEEK)
      .map((f) => f.area);

    const tasks: PlanTask[] = input.cadence.steps.map((step) => ({
      id: `${project.id}.${i + 1}.${step.id}`,
      kind: step.id,
      text: week.tasks[step.id],
    }));
    for (const area of focus) {
      const guide = guides.get(area.id);
      const k = uses.get(area.id) ?? 0;
      uses.set(area.id, k + 1);
      if (!guide) continue;
      const label = `${guide.title}, scored ${area.score}`;
      const lesson = pick(preferPublished(guide.lessons), k, (l) => `${weekTag(index)}.lesson.p${l.part}`, tasks);
      if (lesson) {
        tasks.push({
          id: `${weekTag(index)}.lesson.p${lesson.part}`,
          kind: 'lesson',
          text: lesson.href
            ? `Review part ${lesson.part}, ${lesson.title} (${label}).`
            : `Part ${lesson.part}, ${lesson.title}, is not published yet: answer "${guide.question}" in writing and check your answer against the Go documentation (${label}).`,
          href: lesson.href ?? undefined,
        });
      }
      const unsolvedFirst = [
        ...guide.exercises.filter((e) => !solved.has(e.slug)),
        ...guide.exercises.filter((e) => solved.has(e.slug)),
      ];
      const exercise = pick(unsolvedFirst, k, (e) => `${weekTag(index)}.exercise.${e.slug}`, tasks);
      if (exercise) {
        tasks.push({
          id: `${weekTag(index)}.exercise.${exercise.slug}`,
          kind: 'exercise',
          text: solved.has(exercise.slug)
            ? `Solve "${exercise.title}" again from the starter code, without hints (${label}).`
            : `Solve "${exercise.title}" (${label}).`,
          href: exercise.href,
        });
      }
    }

    tasks.push({
      id: `${weekTag(index)}.practice`,
      kind: 'practice',
      text: `Practise the cards due on at least ${PRACTICE_DAYS_PER_WEEK} days this week (about 15 minutes a day): questions, exercises and katas from the lessons you completed.`,
      href: '/practice/',
    });

    return {
      index,
      start: addDays(input.startDate, index * 7),
      end: addDays(input.startDate, index * 7 + 6),
      project: project.id,
      theme: week.title,
      focusAreas: focus.map((f) => f.id),
      tasks,
    };
  });

  return { startDate: input.startDate, assessmentId: input.assessment?.id ?? null, weeks };
}

/** Published lessons if the area has any; otherwise its unpublished ones (answered in writing meanwhile). */
function preferPublished<T extends { href: string | null }>(lessons: readonly T[]): T[] {
  const published = lessons.filter((l) => l.href !== null);
  return published.length > 0 ? published : [...lessons];
}

/**
 * The k-th candidate (wrapping around), skipping one whose task id is already
 * in the week (two focus areas can share a lesson); undefined when none is left.
 */
function pick<T>(
  candidates: readonly T[],
  k: number,
  idOf: (c: T) => string,
  taken: readonly PlanTask[],
): T | undefined {
  for (let step = 0; step < candidates.length; step++) {
    const candidate = candidates[(k + step) % candidates.length];
    if (candidate !== undefined && !taken.some((t) => t.id === idOf(candidate))) return candidate;
  }
  return undefined;
}

/**
 * The stored plan after (re)generation. Done marks and reflections are kept:
 * a done task that the new plan no longer contains (a review task for an area
 * that improved, say) stays in the week it was in, still done, so finished
 * work never disappears. Done marks of tasks that exist nowhere are dropped.
 */
export function mergePlan(previous: StudyPlan | undefined, generated: GeneratedPlan, now: string): StudyPlan {
  const weeks = generated.weeks.map((w) => ({ ...w, tasks: [...w.tasks] }));
  const done = previous?.done ?? {};
  if (previous && weeks.length > 0) {
    const present = new Set(weeks.flatMap((w) => w.tasks.map((t) => t.id)));
    for (const oldWeek of previous.weeks) {
      const target = weeks[Math.min(oldWeek.index, weeks.length - 1)];
      for (const task of oldWeek.tasks) {
        if (done[task.id] && !present.has(task.id) && target) {
          target.tasks.push(task);
          present.add(task.id);
        }
      }
    }
  }
  const ids = new Set(weeks.flatMap((w) => w.tasks.map((t) => t.id)));
  return {
    id: PLAN_ID,
    createdAt: previous?.createdAt ?? now,
    updatedAt: now,
    startDate: generated.startDate,
    assessmentId: generated.assessmentId,
    weeks,
    done: Object.fromEntries(Object.entries(done).filter(([id]) => ids.has(id))),
    reflections: { ...previous?.reflections },
  };
}

/** Index of the week that contains `today` (YYYY-MM-DD), or null before the plan starts and after it ends. */
export function currentWeekIndex(
  weeks: readonly Pick<PlanWeek, 'index' | 'start' | 'end'>[],
  today: string,
): number | null {
  return weeks.find((w) => w.start <= today && today <= w.end)?.index ?? null;
}

/** Tasks done and in total, for a week or the whole plan. */
export function taskProgress(tasks: readonly PlanTask[], done: StudyPlan['done']): { done: number; total: number } {
  return { done: tasks.filter((t) => done[t.id]).length, total: tasks.length };
}

/** Label of each task kind: the cadence's step titles, plus the review and practice kinds. */
export function taskKindLabels(cadence: Cadence): Record<PlanTask['kind'], string> {
  const labels: Record<PlanTask['kind'], string> = {
    ship: 'Ship',
    measure: 'Measure',
    review: 'Review',
    refactor: 'Refactor',
    document: 'Document',
    lesson: 'Lesson',
    exercise: 'Exercise',
    practice: 'Practice',
  };
  for (const step of cadence.steps) labels[step.id] = step.title;
  return labels;
}
