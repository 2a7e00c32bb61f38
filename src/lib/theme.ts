/** Light or dark colour scheme. */
export type Theme = 'light' | 'dark';

/** localStorage key holding the learner's explicit choice. */
export const THEME_STORAGE_KEY = 'go-mastery:theme';

/** The theme to show: the saved choice when valid, otherwise the system preference. */
export function resolveTheme(saved: string | null | undefined, systemPrefersDark: boolean): Theme {
  if (saved === 'light' || saved === 'dark') return saved;
  return systemPrefersDark ? 'dark' : 'light';
}

/** The theme after pressing the toggle. */
export function nextTheme(current: string | undefined): Theme {
  return current === 'dark' ? 'light' : 'dark';
}
