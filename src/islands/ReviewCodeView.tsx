import { go } from '@codemirror/lang-go';
import { syntaxHighlighting } from '@codemirror/language';
import { unifiedMergeView } from '@codemirror/merge';
import { EditorState, RangeSetBuilder, StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, keymap, lineNumbers, type DecorationSet } from '@codemirror/view';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { editorTheme, goHighlight } from './editor-theme';

/** Lines to mark in the code: the learner's comments, and after grading the key's findings. */
export interface MarkedRange {
  start: number;
  end: number;
  kind: 'comment' | 'finding';
}

interface Props {
  label: string;
  code: string;
  /** The file before the change: shown as a diff (deleted lines inline) when given. */
  original?: string | undefined;
  marks: MarkedRange[];
  /** The lines the learner has selected (1-based, inclusive). */
  onSelect(start: number, end: number): void;
  /** Enter (or Ctrl/Cmd+Enter): comment on the selected lines. */
  onComment(): void;
  /** Lines to scroll to and select (e.g. "show in code" from a comment). */
  focusLines?: { start: number; end: number; nonce: number } | undefined;
}

const setMarks = StateEffect.define<MarkedRange[]>();

function decorate(state: EditorState, marks: MarkedRange[]): DecorationSet {
  const classes = new Map<number, Set<string>>();
  for (const m of marks) {
    for (let n = Math.max(1, m.start); n <= Math.min(state.doc.lines, m.end); n++) {
      const set = classes.get(n) ?? new Set<string>();
      set.add(m.kind === 'comment' ? 'cm-review-commented' : 'cm-review-finding');
      classes.set(n, set);
    }
  }
  const builder = new RangeSetBuilder<Decoration>();
  for (const n of [...classes.keys()].sort((a, b) => a - b)) {
    builder.add(
      state.doc.line(n).from,
      state.doc.line(n).from,
      Decoration.line({ class: [...(classes.get(n) ?? [])].join(' ') }),
    );
  }
  return builder.finish();
}

const markField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(value, tr) {
    for (const e of tr.effects) if (e.is(setMarks)) return decorate(tr.state, e.value);
    return value.map(tr.changes);
  },
  provide: (f) => EditorView.decorations.from(f),
});

const reviewTheme = EditorView.theme({
  '.cm-review-commented': { backgroundColor: 'color-mix(in srgb, var(--accent) 16%, transparent)' },
  '.cm-review-finding': { boxShadow: 'inset 4px 0 0 var(--blocking)' },
});

/**
 * The code under review in a read-only CodeMirror view: the learner moves
 * with the arrow keys, selects lines with Shift (or the mouse), and presses
 * Enter to comment on them. Every line touched by the selection counts.
 */
export default function ReviewCodeView({ label, code, original, marks, onSelect, onComment, focusLines }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const callbacks = useRef({ onSelect, onComment });
  useLayoutEffect(() => {
    callbacks.current = { onSelect, onComment };
  });

  useEffect(() => {
    if (!host.current) return;
    const extensions: Extension[] = [
      lineNumbers(),
      go(),
      syntaxHighlighting(goHighlight),
      EditorView.lineWrapping,
      EditorState.tabSize.of(4),
      EditorState.readOnly.of(true),
      editorTheme,
      reviewTheme,
      markField,
      keymap.of([
        { key: 'Enter', run: () => (callbacks.current.onComment(), true) },
        { key: 'Mod-Enter', run: () => (callbacks.current.onComment(), true) },
      ]),
      EditorView.contentAttributes.of({
        'aria-label': `${label}. Read-only. Select lines with Shift and the arrow keys, then press Enter to comment.`,
      }),
      EditorView.updateListener.of((update) => {
        if (!update.selectionSet && !update.docChanged) return;
        const { from, to } = update.state.selection.main;
        const doc = update.state.doc;
        callbacks.current.onSelect(doc.lineAt(from).number, doc.lineAt(to).number);
      }),
    ];
    if (original !== undefined) extensions.push(unifiedMergeView({ original, mergeControls: false, gutter: true }));
    const editor = new EditorView({ parent: host.current, state: EditorState.create({ doc: code, extensions }) });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
  }, [label, code, original]);

  useEffect(() => {
    view.current?.dispatch({ effects: setMarks.of(marks) });
  }, [marks, code, original]);

  useEffect(() => {
    const editor = view.current;
    if (!editor || !focusLines) return;
    const doc = editor.state.doc;
    const from = doc.line(Math.min(Math.max(1, focusLines.start), doc.lines)).from;
    const to = doc.line(Math.min(Math.max(1, focusLines.end), doc.lines)).to;
    editor.dispatch({ selection: { anchor: from, head: to }, scrollIntoView: true });
    editor.focus();
  }, [focusLines]);

  return <div className="go-editor review-code" ref={host} />;
}
