// Steps the replay: first, previous, next, last and a slider (arrow keys, Home and End), with the position in words.
import { useId } from 'react';
import { useT } from '../../i18n/language-store';

export function ReplayStepper({ step, total, onStep }: { step: number; total: number; onStep: (step: number) => void }) {
  const words = useT().replay.stepper;
  const sliderId = useId();
  const hintId = useId();
  const go = (next: number) => onStep(Math.min(total, Math.max(0, next)));
  return (
    <div className="replay-stepper" role="group" aria-label={words.group}>
      <button type="button" className="button" onClick={() => go(0)} disabled={step <= 0}>
        {words.first}
      </button>
      <button type="button" className="button" onClick={() => go(step - 1)} disabled={step <= 0}>
        {words.previous}
      </button>
      <label htmlFor={sliderId} className="replay-stepper__slider">
        <span>{words.slider}</span>
        <input id={sliderId} type="range" min={0} max={total} step={1} value={step} aria-valuetext={words.position(step, total)} aria-describedby={hintId} onChange={(event) => go(Number(event.currentTarget.value))} />
      </label>
      <button type="button" className="button button--primary" onClick={() => go(step + 1)} disabled={step >= total}>
        {words.next}
      </button>
      <button type="button" className="button" onClick={() => go(total)} disabled={step >= total}>
        {words.last}
      </button>
      <p className="replay-stepper__position" aria-live="polite">
        {words.position(step, total)}
      </p>
      <p id={hintId} className="panel__hint">
        {words.keys}
      </p>
    </div>
  );
}
