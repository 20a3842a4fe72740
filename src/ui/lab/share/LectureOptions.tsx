// The checkbox panel that builds a lecture link: controls hidden from the audience, presenter view, autoplay.
import { HIDEABLE_CONTROLS, type HideableControl, type LectureView } from '../../../preset/url-keys';

const TEXT = {
  legend: 'For a lecture',
  hide: 'Hide from the audience',
  controls: {
    preset: 'Preset menu',
    agent: 'Agent choice',
    alpha: 'Learning rate α',
    gamma: 'Discount γ',
    epsilon: 'Exploration ε',
    advanced: 'Advanced settings',
    backend: 'Compute backend',
    inspector: 'Step-through inspector',
    explanations: 'Explanations, FAQ and reading',
  } satisfies Record<HideableControl, string>,
  present: 'Open in presenter view (large type, high contrast)',
  autoplay: 'Start training as soon as the link opens',
};

interface LectureOptionsProps {
  view: LectureView;
  onChange: (view: LectureView) => void;
}

export function LectureOptions({ view, onChange }: LectureOptionsProps) {
  const toggle = (control: HideableControl, hide: boolean) =>
    onChange({ ...view, hidden: HIDEABLE_CONTROLS.filter((name) => (name === control ? hide : view.hidden.includes(name))) });
  return (
    <fieldset className="lecture-options">
      <legend>{TEXT.legend}</legend>
      <fieldset className="lecture-options__hide">
        <legend>{TEXT.hide}</legend>
        {HIDEABLE_CONTROLS.map((control) => (
          <label key={control}>
            <input type="checkbox" checked={view.hidden.includes(control)} onChange={(event) => toggle(control, event.target.checked)} /> {TEXT.controls[control]}
          </label>
        ))}
      </fieldset>
      <label>
        <input type="checkbox" checked={view.present} onChange={(event) => onChange({ ...view, present: event.target.checked })} /> {TEXT.present}
      </label>
      <label>
        <input type="checkbox" checked={view.autoplay} onChange={(event) => onChange({ ...view, autoplay: event.target.checked })} /> {TEXT.autoplay}
      </label>
    </fieldset>
  );
}
