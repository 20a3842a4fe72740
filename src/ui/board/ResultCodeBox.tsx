// A finished lesson's or run's result code, for the class board: the code and the board link that adds it,
// each with a copy button (or selected for Ctrl+C, saying why the copy could not happen), and the link to open.
import { useId, useMemo, useRef, useState } from 'react';
import type { ClassResult } from '../../preset/class-result';
import { checkResult, encodeResult } from '../../preset/result-code';
import { addressHref } from '../app/address-bar';
import { useT } from '../i18n/language-store';
import { copyLink, type CopyResult } from '../lab/share/copy-link';
import { refusalText } from './refusal-words';
import { useLessonWords } from './use-lesson-words';
import { NO_LESSONS, type LessonSource } from './lesson-source';
import './board.css';

/**
 * lessons words a lesson result's refusal (the lessons page passes the lab's lessons; a run's box needs none,
 * so the training page does not load every lesson's texts for it).
 */
export function ResultCodeBox({ result, lessons = NO_LESSONS }: { result: ClassResult; lessons?: LessonSource }) {
  const TEXT = useT().board;
  const words = useLessonWords(lessons);
  const made = useMemo(() => {
    const refusal = checkResult(result);
    if (refusal) return { refusal, code: '', link: '' };
    const code = encodeResult(result);
    // The board link leaves the language out: the instructor's board speaks the instructor's.
    return { refusal: null, code, link: addressHref({ page: 'board', state: { added: [code] }, language: null }) };
  }, [result]);
  if (made.refusal) {
    return (
      <p className="result-code-box result-code-box--refused" role="alert">
        {TEXT.box.cannot(refusalText(made.refusal, TEXT.refused, words.choice))}
      </p>
    );
  }
  return (
    <div className="result-code-box">
      <p className="muted">{TEXT.box.intro}</p>
      <CopyField label={TEXT.box.code} copyLabel={TEXT.box.copyCode} value={made.code} />
      <CopyField label={TEXT.box.link} copyLabel={TEXT.box.copyLink} value={made.link} />
      <a href={made.link} target="_blank" rel="noopener noreferrer">
        {TEXT.box.open}
      </a>
    </div>
  );
}

function CopyField({ label, copyLabel, value }: { label: string; copyLabel: string; value: string }) {
  const TEXT = useT().board.box;
  const id = useId();
  const field = useRef<HTMLInputElement | null>(null);
  const [copy, setCopy] = useState<{ value: string; result: CopyResult } | null>(null);
  // A status about an earlier value is no longer true of the field.
  const shown = copy?.value === value ? copy.result : null;
  return (
    <div className="result-code-box__field">
      <label htmlFor={id}>{label}</label>
      <div className="result-code-box__copy">
        <input id={id} ref={field} type="text" readOnly value={value} onFocus={(event) => event.target.select()} spellCheck={false} />
        <button type="button" className="button" onClick={() => void copyLink(value, field.current).then((result) => setCopy({ value, result }))}>
          {copyLabel}
        </button>
      </div>
      <p className="result-code-box__status" role="status">
        {shown === null ? '' : shown.kind === 'copied' ? TEXT.copied : shown.why === 'insecure' ? TEXT.notCopiedInsecure : TEXT.notCopiedRefused}
      </p>
    </div>
  );
}
