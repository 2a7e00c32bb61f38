import { readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { parseCourse } from './lib/load-course';
import { lessonSchema } from './lib/schema/lesson';
import { exerciseSchema } from './lib/schema/exercise';
import { exerciseLoader } from './data/exercise-loader';
import { listExerciseFolders } from './data/exercise-files';

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

export const collections = { lessons, exercises };
