/**
 * Scoring rules of the review tools: the readiness scorecard's total and band,
 * the skill-ladder level from checked criteria, and checklist progress. Pure;
 * the rubric content comes in as arguments.
 */
import type { Checklist, LadderLevel, ScorecardBand } from '../schema/rubrics';

/** A valid area score: 0, 1 or 2. */
export function isAreaScore(value: unknown): value is 0 | 1 | 2 {
  return value === 0 || value === 1 || value === 2;
}

/** The total over the rubric's areas; scores for unknown areas or outside 0–2 are ignored. */
export function scorecardTotal(
  scores: Readonly<Record<string, number>>,
  areas: readonly { id: string }[],
): { total: number; scored: number; max: number } {
  let total = 0;
  let scored = 0;
  for (const area of areas) {
    const score = scores[area.id];
    if (isAreaScore(score)) {
      total += score;
      scored += 1;
    }
  }
  return { total, scored, max: areas.length * 2 };
}

/** The band whose inclusive range holds `total`; bands cover 0…max without gaps (the schema checks). */
export function scorecardBand<B extends Pick<ScorecardBand, 'min' | 'max'>>(total: number, bands: readonly B[]): B {
  const band = bands.find((b) => b.min <= total && total <= b.max);
  if (!band) throw new Error(`No band covers a total of ${total}.`);
  return band;
}

/** Where the learner stands on the skill ladder. */
export interface LadderPlacement {
  /** The highest level whose criteria — and those of every level below — are all checked; 0 if none. */
  level: number;
  /** The level above, with how many of its criteria are checked; null at the top. */
  next: { level: number; checked: number; total: number } | null;
}

/**
 * Levels are cumulative: you stand on level N when every criterion of levels
 * 1…N is checked. Checking all of level 4 but missing one box of level 2
 * leaves you on level 1, because the ladder is climbed rung by rung — the
 * unchecked box is exactly what to work on next.
 */
export function ladderPlacement(
  checked: Readonly<Record<string, boolean>>,
  levels: readonly Pick<LadderLevel, 'level' | 'criteria'>[],
): LadderPlacement {
  const ordered = [...levels].sort((a, b) => a.level - b.level);
  let level = 0;
  for (const rung of ordered) {
    if (!rung.criteria.every((c) => checked[c.id])) break;
    level = rung.level;
  }
  const above = ordered.find((l) => l.level === level + 1);
  return {
    level,
    next: above
      ? {
          level: above.level,
          checked: above.criteria.filter((c) => checked[c.id]).length,
          total: above.criteria.length,
        }
      : null,
  };
}

/** Checked items per group and overall. */
export function checklistProgress(
  checked: Readonly<Record<string, boolean>>,
  groups: Checklist['groups'],
): { checked: number; total: number; groups: { id: string; checked: number; total: number }[] } {
  const perGroup = groups.map((g) => ({
    id: g.id,
    checked: g.items.filter((item) => checked[item.id]).length,
    total: g.items.length,
  }));
  return {
    checked: perGroup.reduce((sum, g) => sum + g.checked, 0),
    total: perGroup.reduce((sum, g) => sum + g.total, 0),
    groups: perGroup,
  };
}
