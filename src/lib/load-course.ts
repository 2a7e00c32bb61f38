import { parse } from 'yaml';
import { courseSchema, type Course } from './schema/course';

/**
 * Parses and validates the text of content/course.yaml. Throws an error whose
 * message names the file and every bad field, so a broken outline stops the build.
 */
export function parseCourse(text: string, file = 'content/course.yaml'): Course {
  const result = courseSchema.safeParse(parse(text));
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`${file} is invalid:\n${lines.join('\n')}`);
  }
  return result.data;
}
