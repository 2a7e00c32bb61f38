import { go } from '@codemirror/lang-go';
import { indentUnit, syntaxHighlighting } from '@codemirror/language';
import { setDiagnostics, type Diagnostic as CmDiagnostic } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import type { Diagnostic } from '../runner/types';
import { editorTheme as theme, goHighlight as highlight } from './editor-theme';

interface Props {
  /** Accessible name of the editor, e.g. "Go code: shapes.go". */
  label: string;
  value: string;
  onChange(value: string): void;
  /** Ctrl/Cmd+Enter. */
  onRun(): void;
  /** Compiler diagnostics for this file, shown at their line. */
  diagnostics: Diagnostic[];
  /** Shown but not editable (e.g. the tests that grade an exercise). */
  readOnly?: boolean;
}

/** Converts compiler positions (1-based line and column) to document offsets. */
function toCmDiagnostics(state: EditorState, diagnostics: Diagnostic[]): CmDiagnostic[] {
  return diagnostics.flatMap((d) => {
    if (d.line < 1 || d.line > state.doc.lines) return [];
    const line = state.doc.line(d.line);
    const from = Math.min(line.from + Math.max(0, d.column - 1), line.to);
    return [{ from, to: Math.max(from, line.to), severity: 'error' as const, message: d.message }];
  });
}

/** A CodeMirror 6 editor for one Go file. */
export default function GoEditor({ label, value, onChange, onRun, diagnostics, readOnly = false }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  // Callbacks change every render; the editor is created once and reads the latest ones.
  const callbacks = useRef({ onChange, onRun });
  useLayoutEffect(() => {
    callbacks.current = { onChange, onRun };
  });

  useEffect(() => {
    if (!host.current) return;
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          keymap.of([{ key: 'Mod-Enter', run: () => (callbacks.current.onRun(), true) }]),
          basicSetup,
          go(),
          syntaxHighlighting(highlight),
          EditorView.lineWrapping,
          indentUnit.of('\t'),
          EditorState.tabSize.of(4),
          theme,
          EditorState.readOnly.of(readOnly),
          EditorView.contentAttributes.of({ 'aria-label': label }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) callbacks.current.onChange(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
    // The editor owns its document after creation; value changes from outside are applied below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [label, readOnly]);

  // Replace the document when the value changes from outside (reset, restore, format).
  useEffect(() => {
    const editor = view.current;
    if (editor && editor.state.doc.toString() !== value) {
      editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
    }
  }, [value]);

  useEffect(() => {
    const editor = view.current;
    if (editor) editor.dispatch(setDiagnostics(editor.state, toCmDiagnostics(editor.state, diagnostics)));
  }, [diagnostics]);

  // The server renders an empty box: reserve the height the code will take, so the page does not
  // shift when the editor mounts (a learner scrolling or tabbing past would lose their place).
  const [lines] = useState(() => value.split('\n').length);
  return <div className="go-editor" ref={host} style={{ '--editor-lines': lines } as CSSProperties} />;
}
