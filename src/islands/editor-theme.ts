/**
 * The look of every CodeMirror editor on the site (the Go editors and the
 * review kata's code view): colours from the site's CSS variables, so editors
 * follow dark mode.
 */
import { HighlightStyle } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import { tags } from '@lezer/highlight';

// Colours come from the site's CSS variables, so the editor follows dark mode.
export const editorTheme = EditorView.theme({
  '&': { backgroundColor: 'var(--bg-soft)', color: 'var(--fg)', fontSize: '0.9rem', borderRadius: '0.5rem' },
  '.cm-content': { fontFamily: 'var(--font-mono)', caretColor: 'var(--fg)' },
  '.cm-gutters': { backgroundColor: 'var(--bg-soft)', color: 'var(--fg-muted)', border: 'none' },
  '.cm-activeLine, .cm-activeLineGutter': { backgroundColor: 'color-mix(in srgb, var(--accent) 10%, transparent)' },
  '&.cm-focused': { outline: '3px solid var(--focus)' },
  // No max height: the editor grows with its code and long lines wrap, so it
  // never becomes a nested scroll area that keyboard users cannot reach.
  '.cm-scroller': { minHeight: '12rem' },
});

// Token colours from the site's palette (src/styles/global.css), chosen for
// WCAG AA contrast on the editor background in both themes; CodeMirror's
// default colours fail it.
export const goHighlight = HighlightStyle.define([
  {
    tag: [tags.keyword, tags.controlKeyword, tags.definitionKeyword, tags.moduleKeyword],
    color: 'var(--code-keyword)',
  },
  { tag: [tags.string, tags.character, tags.special(tags.string)], color: 'var(--code-string)' },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: 'var(--code-number)' },
  { tag: [tags.comment, tags.lineComment, tags.blockComment], color: 'var(--code-comment)', fontStyle: 'italic' },
  { tag: [tags.typeName, tags.standard(tags.typeName)], color: 'var(--code-type)' },
  { tag: [tags.function(tags.variableName), tags.function(tags.propertyName)], color: 'var(--code-function)' },
  { tag: tags.invalid, color: 'var(--blocking)' },
]);
