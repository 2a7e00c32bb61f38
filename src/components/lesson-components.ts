/** Components lesson authors may use in MDX without importing them. */
import Callout from './Callout.astro';
import Example from './Example.astro';
import Exercise from './Exercise.astro';
import Playground from './Playground.astro';
import Question from './Question.astro';
import ReviewComment from './ReviewComment.astro';
import ReviewKata from './ReviewKata.astro';

export const lessonComponents = { Callout, Example, Exercise, Playground, Question, ReviewComment, ReviewKata };
