// One labelled knob: a slider (optionally log-scale) with its current value and a one-line explanation.
import { useId } from 'react';
import { useT } from '../i18n/language-store';
import { useDebouncedCommit } from './use-debounced-commit';

interface KnobSliderProps {
  label: string;
  /** One line: what turning it does. */
  hint: string;
  value: number;
  min: number;
  max: number;
  step: number;
  logScale?: boolean;
  format: (value: number) => string;
  onCommit: (value: number) => void;
  disabled?: boolean;
  /** Left out of the page (a lecture link hid it). */
  hidden?: boolean;
}

export function KnobSlider({ label, hint, value, min, max, step, logScale = false, format, onCommit, disabled, hidden }: KnobSliderProps) {
  const id = useId();
  const [shown, change] = useDebouncedCommit(value, onCommit);
  const { knobs } = useT().lab;
  // A log-scale slider moves over log10 of the value, so 1e-4 to 1e-3 takes as far as 1e-2 to 1e-1.
  const toSlider = (knob: number) => (logScale ? Math.log10(knob) : knob);
  const fromSlider = (position: number) => (logScale ? Number((10 ** position).toPrecision(3)) : Number(position.toFixed(6)));
  return (
    <div className="knob" hidden={hidden}>
      <div className="knob__head">
        <label htmlFor={id} className="knob__label" title={hint}>
          {label}
        </label>
        <output htmlFor={id} className="knob__value" aria-label={knobs.valueOf(label)}>
          {format(shown)}
        </output>
      </div>
      <input
        id={id}
        type="range"
        min={toSlider(min)}
        max={toSlider(max)}
        step={step}
        value={toSlider(shown)}
        aria-valuetext={format(shown)}
        aria-describedby={`${id}-hint`}
        disabled={disabled}
        onChange={(event) => change(fromSlider(Number(event.target.value)))}
      />
      <p id={`${id}-hint`} className="knob__hint">
        {hint}
      </p>
    </div>
  );
}
