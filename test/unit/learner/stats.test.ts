import { describe, expect, it } from 'vitest';
import {
  continueAt,
  dashboardStats,
  exerciseStats,
  formatDuration,
  formatHours,
  practiceMs,
  practiceStreak,
  previousDay,
  stageStats,
  type StatsStage,
} from '../../../src/lib/learner/stats';
import type { ActivityDay, LessonProgress } from '../../../src/lib/learner/types';

const stages: StatsStage[] = [
  {
    id: 'foundations',
    title: 'Foundations',
    parts: [
      { part: 1, title: 'One', href: '/lessons/one/' },
      { part: 2, title: 'Two', href: '/lessons/two/' },
    ],
  },
  {
    id: 'core',
    title: 'Core',
    parts: [
      { part: 3, title: 'Three', href: '/lessons/three/' },
      { part: 4, title: 'Four', href: null },
      { part: 5, title: 'Five', href: '/lessons/five/' },
    ],
  },
];

function progress(part: number, status: 'opened' | 'completed', lastOpenedAt: string): LessonProgress {
  return {
    id: `part-0${part}`,
    part,
    status,
    firstOpenedAt: lastOpenedAt,
    lastOpenedAt,
    activeMs: 0,
    ...(status === 'completed' ? { completedAt: lastOpenedAt } : {}),
  };
}

const day = (id: string, activeMs: number, attempts = 0): ActivityDay => ({ id, activeMs, attempts });

describe('stageStats', () => {
  it('counts completed parts per stage against all of the stage’s parts', () => {
    const stats = stageStats(stages, [
      progress(1, 'completed', '2025-01-01T10:00:00.000Z'),
      progress(2, 'opened', '2025-01-02T10:00:00.000Z'),
      progress(5, 'completed', '2025-01-03T10:00:00.000Z'),
    ]);
    expect(stats).toEqual([
      { id: 'foundations', title: 'Foundations', completed: 1, published: 2, total: 2 },
      { id: 'core', title: 'Core', completed: 1, published: 2, total: 3 },
    ]);
  });
});

describe('exerciseStats', () => {
  it('counts only exercises whose lesson is published, solved or not', () => {
    const exercises = [
      { slug: 'a', part: 1 },
      { slug: 'b', part: 3 },
      { slug: 'c', part: 4 },
    ];
    const solved = [
      { id: 'a', solvedAt: '2025-01-01T00:00:00.000Z', attemptId: 'x' },
      { id: 'c', solvedAt: '2025-01-01T00:00:00.000Z', attemptId: 'y' },
    ];
    expect(exerciseStats(exercises, new Set([1, 2, 3]), solved)).toEqual({ solved: 1, available: 2 });
  });
});

describe('practiceMs', () => {
  it('adds up active time over every day', () => {
    expect(practiceMs([day('2025-01-01', 1000), day('2025-01-02', 2500, 3)])).toBe(3500);
  });
});

describe('previousDay', () => {
  it('steps back across month, year and leap-day boundaries', () => {
    expect(previousDay('2024-03-01')).toBe('2024-02-29');
    expect(previousDay('2025-01-01')).toBe('2024-12-31');
    expect(previousDay('2025-03-31')).toBe('2025-03-30');
  });
});

describe('practiceStreak', () => {
  const minute = 60_000;

  it('counts consecutive practice days ending today', () => {
    const activity = [day('2025-03-08', minute), day('2025-03-09', 5 * minute), day('2025-03-10', 2 * minute)];
    expect(practiceStreak(activity, '2025-03-10')).toBe(3);
  });

  it('keeps yesterday’s streak alive until today is over', () => {
    const activity = [day('2025-03-08', minute), day('2025-03-09', minute)];
    expect(practiceStreak(activity, '2025-03-10')).toBe(2);
  });

  it('is zero when the last practice was before yesterday', () => {
    expect(practiceStreak([day('2025-03-07', minute)], '2025-03-10')).toBe(0);
  });

  it('stops at a gap', () => {
    const activity = [day('2025-03-06', minute), day('2025-03-08', minute), day('2025-03-09', minute)];
    expect(practiceStreak(activity, '2025-03-09')).toBe(2);
  });

  it('does not count a day with only a few seconds of reading, but counts a day with a graded run', () => {
    const activity = [day('2025-03-08', 5000), day('2025-03-09', 0, 1), day('2025-03-10', 30_000)];
    expect(practiceStreak(activity, '2025-03-10')).toBe(1);
  });

  it('crosses a month boundary', () => {
    expect(practiceStreak([day('2025-02-28', minute), day('2025-03-01', minute)], '2025-03-01')).toBe(2);
  });
});

describe('continueAt', () => {
  it('resumes the most recently opened lesson that is not complete', () => {
    const result = continueAt(stages, [
      progress(1, 'opened', '2025-01-01T10:00:00.000Z'),
      progress(2, 'opened', '2025-01-05T10:00:00.000Z'),
      progress(3, 'completed', '2025-01-09T10:00:00.000Z'),
    ]);
    expect(result).toEqual({ part: 2, title: 'Two', href: '/lessons/two/', reason: 'resume' });
  });

  it('moves on to the first published part never opened when everything opened is complete', () => {
    const result = continueAt(stages, [
      progress(1, 'completed', '2025-01-01T10:00:00.000Z'),
      progress(2, 'completed', '2025-01-02T10:00:00.000Z'),
      progress(3, 'completed', '2025-01-03T10:00:00.000Z'),
    ]);
    // Part 4 is not published, so part 5 is next.
    expect(result).toEqual({ part: 5, title: 'Five', href: '/lessons/five/', reason: 'next' });
  });

  it('starts a new learner at the first published part', () => {
    expect(continueAt(stages, [])).toEqual({ part: 1, title: 'One', href: '/lessons/one/', reason: 'next' });
  });

  it('ignores progress on a part that is no longer published', () => {
    const result = continueAt(stages, [progress(4, 'opened', '2025-02-01T10:00:00.000Z')]);
    expect(result?.part).toBe(1);
  });

  it('is null once every published part is complete', () => {
    const done = [1, 2, 3, 5].map((p) => progress(p, 'completed', '2025-01-01T10:00:00.000Z'));
    expect(continueAt(stages, done)).toBeNull();
  });
});

describe('dashboardStats', () => {
  it('puts the numbers together for today', () => {
    const stats = dashboardStats(
      stages,
      [
        { slug: 'a', part: 1 },
        { slug: 'b', part: 5 },
      ],
      {
        progress: [
          progress(1, 'completed', '2025-03-10T09:00:00.000Z'),
          progress(2, 'opened', '2025-03-10T10:00:00.000Z'),
        ],
        solved: [{ id: 'a', solvedAt: '2025-03-10T09:30:00.000Z', attemptId: 'x' }],
        activity: [day('2025-03-09', 3_600_000), day('2025-03-10', 1_800_000, 2)],
      },
      '2025-03-10',
    );
    expect(stats).toMatchObject({
      partsCompleted: 1,
      partsPublished: 4,
      exercisesSolved: 1,
      exercisesAvailable: 2,
      practiceMs: 5_400_000,
      streakDays: 2,
      practisedToday: true,
      continueAt: { part: 2, reason: 'resume' },
    });
  });
});

describe('formatDuration', () => {
  it('reads naturally at every scale', () => {
    expect(formatDuration(0)).toBe('less than a minute');
    expect(formatDuration(59_999)).toBe('less than a minute');
    expect(formatDuration(12 * 60_000 + 30_000)).toBe('12 min');
    expect(formatDuration(2 * 3_600_000)).toBe('2 h');
    expect(formatDuration(3 * 3_600_000 + 5 * 60_000)).toBe('3 h 5 min');
  });
});

describe('formatHours', () => {
  it('rounds down to a tenth so it never overstates practice', () => {
    expect(formatHours(0)).toBe('0.0');
    expect(formatHours(2.59 * 3_600_000)).toBe('2.5');
    expect(formatHours(20 * 3_600_000)).toBe('20.0');
  });
});
