// Where the instructor pastes codes: many at once, one a line (board links and chat lines too); the status
// says how many were added, already on the board, and refused.
import { useId, useRef, useState, type FormEvent } from 'react';
import { codesInText } from '../../preset/result-code-link';
import { useT } from '../i18n/language-store';
import type { Addition } from './board-codes';

interface CodePasteFormProps {
  onAdd(codes: readonly string[]): Addition;
  /** Whether a code is refused (the status counts the refused among those added). */
  isRefused(code: string): boolean;
  /** What the opened link added, said until the first paste. */
  fromLink: Addition | null;
}

export function CodePasteForm({ onAdd, isRefused, fromLink }: CodePasteFormProps) {
  const TEXT = useT().board.paste;
  const id = useId();
  const hintId = useId();
  const form = useRef<HTMLFormElement | null>(null);
  const [text, setText] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const codes = codesInText(text);
    if (codes.length === 0) return setStatus(TEXT.empty);
    const addition = onAdd(codes);
    setStatus(TEXT.added(addition.added.length, addition.duplicates, addition.added.filter(isRefused).length));
    setText('');
  };
  const linkStatus = fromLink && TEXT.fromLink(TEXT.added(fromLink.added.length, fromLink.duplicates, fromLink.added.filter(isRefused).length));
  return (
    <form ref={form} className="board-paste" onSubmit={submit}>
      <label htmlFor={id}>{TEXT.label}</label>
      <textarea
        id={id}
        rows={5}
        value={text}
        spellCheck={false}
        autoComplete="off"
        aria-describedby={hintId}
        aria-keyshortcuts="Control+Enter Meta+Enter"
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          // Enter alone starts the next line (codes go one a line); with Ctrl or ⌘ it adds them.
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            form.current?.requestSubmit();
          }
        }}
      />
      <p id={hintId} className="muted board-paste__hint">
        {TEXT.shortcut}
      </p>
      <button type="submit" className="button button--primary">
        {TEXT.add}
      </button>
      <p className="board-paste__status" role="status">
        {status ?? linkStatus ?? ''}
      </p>
    </form>
  );
}
