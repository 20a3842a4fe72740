// The checkbox panel that builds a lecture link: controls hidden from the audience, presenter view, autoplay.
import { HIDEABLE_CONTROLS, type HideableControl, type LectureView } from '../../../preset/url-keys';
import { useT } from '../../i18n/language-store';

interface LectureOptionsProps {
  view: LectureView;
  onChange: (view: LectureView) => void;
}

export function LectureOptions({ view, onChange }: LectureOptionsProps) {
  const TEXT = useT().share.lecture;
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
