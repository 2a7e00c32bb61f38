import { useEffect, useRef } from 'react';

/**
 * Keeps a keyboard learner's place while an island loads. Its loading text is
 * focusable (the server renders it, so Tab reaches an exercise before its
 * code has loaded); if it holds focus when the island's content replaces it,
 * focus moves to the first control of that content instead of falling back
 * to the page.
 */
export function useFocusAfterLoad<R extends HTMLElement, P extends HTMLElement>(loaded: boolean) {
  const root = useRef<R>(null);
  const placeholder = useRef<P>(null);
  const hadFocus = useRef(false);
  useEffect(() => {
    if (loaded) return;
    const el = placeholder.current;
    if (!el) return;
    // Focus may have arrived before hydration attached any handler.
    hadFocus.current = document.activeElement === el;
    const on = () => (hadFocus.current = true);
    // Focus that moves on to another element counts as gone; the blur Chromium fires when the
    // placeholder itself is removed (relatedTarget null) must not.
    const off = (e: FocusEvent) => {
      if (e.relatedTarget) hadFocus.current = false;
    };
    el.addEventListener('focus', on);
    el.addEventListener('blur', off);
    return () => {
      el.removeEventListener('focus', on);
      el.removeEventListener('blur', off);
    };
  }, [loaded]);
  useEffect(() => {
    if (!loaded || !hadFocus.current) return;
    hadFocus.current = false;
    root.current?.querySelector<HTMLElement>('button, a[href], input, [tabindex="0"]')?.focus();
  }, [loaded]);
  return { root, placeholder };
}
