/**
 * The practice cards of the published course: each self-check question of a
 * published lesson, each exercise it embeds and each review kata of its part.
 */
import { getCollection } from 'astro:content';
import { lessonHref } from '../lib/course';
import { exerciseHref } from '../lib/reference';
import { exerciseCardId, kataCardId, type PracticeCard } from '../lib/practice/cards';
import { findingArea } from '../lib/schema/kata';
import { getCourse, getPublishedLessons } from './course';

export async function getPracticeCards(): Promise<PracticeCard[]> {
  const [lessons, questions, exercises, katas] = await Promise.all([
    getPublishedLessons(),
    getCollection('questionCards'),
    getCollection('exercises'),
    getCollection('katas'),
  ]);
  const parts = new Map(getCourse().parts.map((p) => [p.part, p]));
  const cards: PracticeCard[] = [];
  for (const lesson of lessons) {
    const part = parts.get(lesson.data.part);
    if (!part) continue;
    for (const q of questions.filter((c) => c.data.part === part.part)) {
      cards.push({
        id: q.id,
        kind: 'question',
        part: part.part,
        areas: lesson.data.mastery,
        title: q.data.prompt,
        answerHtml: q.data.answerHtml,
        href: lessonHref(part),
      });
    }
    for (const slug of lesson.data.exercises) {
      const e = exercises.find((x) => x.id === slug);
      if (!e) continue;
      cards.push({
        id: exerciseCardId(slug),
        kind: 'exercise',
        part: part.part,
        areas: e.data.meta.mastery,
        title: e.data.meta.title,
        href: exerciseHref(part.slug, slug),
      });
    }
    for (const k of katas.filter((x) => x.data.meta.part === part.part)) {
      cards.push({
        id: kataCardId(k.id),
        kind: 'kata',
        part: part.part,
        areas: [...new Set([...k.data.meta.mastery, ...k.data.key.findings.map(findingArea)])],
        title: k.data.meta.title,
        href: exerciseHref(part.slug, k.id, true),
      });
    }
  }
  return cards;
}
