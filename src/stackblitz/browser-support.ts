/**
 * Whether StackBlitz WebContainers can run here. They need a Chromium-based
 * desktop or Android browser; Firefox and Safari (and every iOS browser, which
 * is WebKit underneath) are turned away before anything is downloaded.
 */

/** The parts of `navigator` the check reads (userAgentData is Chromium-only). */
export interface NavigatorLike {
  userAgent: string;
  userAgentData?: { brands?: readonly { brand: string }[] } | undefined;
}

/** Shown instead of the embed in browsers WebContainers do not support. */
export const UNSUPPORTED_BROWSER_MESSAGE =
  'StackBlitz WebContainers run only in Chromium-based browsers (Chrome, Edge, Brave…). Keep using the editor above.';

/** True for Chromium-based browsers (Chrome, Edge, Brave, Opera, Vivaldi, Arc…). */
export function isChromiumBased(nav: NavigatorLike): boolean {
  const brands = nav.userAgentData?.brands;
  if (brands && brands.length > 0) return brands.some((b) => b.brand === 'Chromium');
  const ua = nav.userAgent;
  // iOS browsers report Chrome-like names (CriOS, EdgiOS) but run WebKit.
  if (/\b(iPhone|iPad|iPod)\b|CriOS|EdgiOS|FxiOS/.test(ua)) return false;
  return /\b(Chrome|Chromium)\/\d+/.test(ua) && !/\bFirefox\//.test(ua);
}
