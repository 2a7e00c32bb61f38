// @ts-check
import { defineEcConfig } from 'astro-expressive-code';

// Lives in its own file because the <Code> component (used for Go examples)
// needs options it can load at render time, including this function.
export default defineEcConfig({
  themes: ['github-dark', 'github-light'],
  // The theme follows our own data-theme attribute (set before first paint
  // from the saved choice or the system preference), not only the media query.
  themeCssSelector: (theme) => `[data-theme='${theme.type}']`,
  useDarkModeMediaQuery: false,
  // Go is indented with tabs (gofmt); keep them so copied code stays gofmt-clean.
  tabWidth: 0,
  styleOverrides: { codeFontSize: '0.875rem', borderRadius: '0.5rem' },
});
