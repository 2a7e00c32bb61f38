/**
 * Practice cards: every self-check question of a published lesson, every
 * exercise and every review kata, each tied to its part and mastery areas.
 * Pure; the card list is built at build time (src/pages/practice/cards.json.ts).
 */
import type { MasteryAreaId } from '../mastery-areas';

export type CardKind = 'question' | 'exercise' | 'kata';

export interface PracticeCard {
  id: string;
  kind: CardKind;
  part: number;
  areas: MasteryAreaId[];
  /** The question, or the exercise's or kata's title. */
  title: string;
  /** A question's answer, rendered. */
  answerHtml?: string | undefined;
  /** Where it lives in its lesson (the exercise or kata to redo, the lesson of a question). */
  href: string;
}

/** The self-check questions of a lesson's MDX source, in order: prompt and Markdown answer. */
export function questionsIn(mdx: string): { prompt: string; answer: string }[] {
  return [...mdx.matchAll(/<Question prompt="([^"]+)">([\s\S]*?)<\/Question>/g)].map((m) => ({
    prompt: m[1] ?? '',
    answer: (m[2] ?? '').trim(),
  }));
}

/** FNV-1a, 32 bits, as 8 hex digits: a short stable id from text. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * A question's card id: the part and a hash of the prompt, so adding or
 * reordering questions keeps every other card's history (rewording a
 * prompt makes it a new card, which is what a new question is).
 */
export function questionCardId(part: number, prompt: string): string {
  return `question:${part}:${fnv1a(prompt.trim())}`;
}

export const exerciseCardId = (slug: string) => `exercise:${slug}`;
export const kataCardId = (slug: string) => `kata:${slug}`;

/** The kind of a card from its id. */
export function cardKind(id: string): CardKind | undefined {
  const kind = id.slice(0, id.indexOf(':'));
  return kind === 'question' || kind === 'exercise' || kind === 'kata' ? kind : undefined;
}
