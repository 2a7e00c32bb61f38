import { readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { parseCourse } from './lib/load-course';
import { lessonSchema } from './lib/schema/lesson';
import { exerciseSchema } from './lib/schema/exercise';
import { exerciseLoader } from './data/exercise-loader';
import { kataLoader } from './data/kata-loader';
import { kataSchema } from './lib/schema/kata';
import { listExerciseFolders } from './data/exercise-files';
import { cadenceSchema, masteryAreasSchema, nextProjectsSchema } from './lib/schema/mastery';
import { checklistSchema, reviewDocumentSchema, scorecardSchema, skillLadderSchema } from './lib/schema/rubrics';

// The outline and the exercise folders are read once, when Astro loads this
// config, so the lesson schema can reject a part or exercise that does not exist.
const course = parseCourse(readFileSync('content/course.yaml', 'utf8'));
const exercisesDir = process.env.GO_MASTERY_EXERCISES_DIR ?? 'exercises';
const exerciseSlugs = listExerciseFolders(exercisesDir);

// Tests point these at folders of deliberately broken content to prove the
// build fails with a useful message; the site always uses the defaults.
const lessonsDir = process.env.GO_MASTERY_LESSONS_DIR ?? './content/lessons';

const lessons = defineCollection({
  loader: glob({ pattern: '*.mdx', base: lessonsDir }),
  schema: lessonSchema({
    partNumbers: new Set(course.parts.map((p) => p.part)),
    exerciseSlugs: new Set(exerciseSlugs),
  }),
});

const exercises = defineCollection({
  loader: exerciseLoader(exercisesDir),
  schema: exerciseSchema,
});

const katas = defineCollection({
  loader: kataLoader(exercisesDir),
  schema: kataSchema,
});

// Reference data of the learner tools (/mastery, /plan, /review). Each file is
// one document, loaded as a collection with a single entry whose id is the
// collection's name, so the schema sees (and checks) the whole file at once and
// the order of its lists is the file's order. src/data/reference.ts reads them.
const partNumbers = new Set(course.parts.map((p) => p.part));
const referenceDocument = (path: string, id: string) =>
  file(path, { parser: (text) => ({ [id]: parseYaml(text) as Record<string, unknown> }) });

const masteryAreas = defineCollection({
  loader: referenceDocument('content/mastery/areas.yaml', 'masteryAreas'),
  schema: masteryAreasSchema({ partNumbers }),
});
const cadence = defineCollection({
  loader: referenceDocument('content/mastery/cadence.yaml', 'cadence'),
  schema: cadenceSchema,
});
const nextProjects = defineCollection({
  loader: referenceDocument('content/mastery/next-projects.yaml', 'nextProjects'),
  schema: nextProjectsSchema,
});
const scorecard = defineCollection({
  loader: referenceDocument('content/rubrics/scorecard.yaml', 'scorecard'),
  schema: scorecardSchema,
});
const skillLadder = defineCollection({
  loader: referenceDocument('content/rubrics/skill-ladder.yaml', 'skillLadder'),
  schema: skillLadderSchema,
});
const checklist = defineCollection({
  loader: referenceDocument('content/rubrics/checklist.yaml', 'checklist'),
  schema: checklistSchema,
});
const reviewDocument = defineCollection({
  loader: referenceDocument('content/rubrics/review-document.yaml', 'reviewDocument'),
  schema: reviewDocumentSchema,
});

export const collections = {
  lessons,
  exercises,
  katas,
  masteryAreas,
  cadence,
  nextProjects,
  scorecard,
  skillLadder,
  checklist,
  reviewDocument,
};
