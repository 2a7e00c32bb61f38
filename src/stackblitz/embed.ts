/**
 * Embeds an exercise's StackBlitz project into the page. The SDK is imported
 * here, on demand, so a lesson page downloads it only when the learner opens
 * StackBlitz.
 */
import type { VM } from '@stackblitz/sdk';
import { buildStackBlitzProject, type StackBlitzExtras } from './payload.ts';
import type { GradingExercise } from './template.ts';

/**
 * Replaces `target` with the StackBlitz editor running the exercise's grading
 * project, starting from `draftFiles`; resolves to the VM once it is connected.
 */
export async function embedExercise(
  target: HTMLElement,
  exercise: GradingExercise,
  draftFiles: Readonly<Record<string, string>>,
  courseOrigin: string,
  extras: StackBlitzExtras = {},
): Promise<VM> {
  const { default: sdk } = await import('@stackblitz/sdk');
  const { project, options } = buildStackBlitzProject(exercise, draftFiles, courseOrigin, extras);
  return sdk.embedProject(target, project, options);
}
