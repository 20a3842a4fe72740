// The keyboard shortcuts overlay, opened with "?": what each key does, and which key chooses which preset.
import { selectCatalogue } from '../../../store/lab-selectors';
import { useLab } from '../../app/store-context';
import type { ShareMessages } from '../../i18n/en/share';
import { useT } from '../../i18n/language-store';
import { presetText } from '../preset-text';
import { useHidden } from './Hideable';
import { PRESET_KEYS } from './shortcuts';
import { useModalDialog } from './use-modal-dialog';

/** Each key with what it does (a key's name is in the catalog where a language names it). */
function keyTable(words: ShareMessages['shortcuts']): ReadonlyArray<[string, string]> {
  const { keys, meanings } = words;
  return [
    [keys.space, meanings.play],
    ['→', meanings.step],
    ['R', meanings.reset],
    ['U', meanings.undo],
    ['P', meanings.present],
    ['?', meanings.help],
    [keys.escape, meanings.close],
  ];
}

/** Shown while mounted; onClose unmounts it. */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const t = useT();
  const TEXT = t.share.shortcuts;
  const { lab } = t;
  const dialog = useModalDialog(onClose);
  const catalogue = useLab(selectCatalogue);
  const presetsHidden = useHidden('preset');
  const presets = presetsHidden ? [] : (catalogue?.presets.slice(0, PRESET_KEYS.length) ?? []);
  return (
    <dialog ref={dialog} className="lab-dialog shortcut-help" aria-labelledby="shortcut-help-title">
      <h2 id="shortcut-help-title">{TEXT.title}</h2>
      <dl className="shortcut-help__keys">
        {keyTable(TEXT).map(([key, meaning]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
      {presets.length > 0 && (
        <>
          <h3>{TEXT.presets}</h3>
          <dl className="shortcut-help__keys shortcut-help__keys--presets">
            {presets.map((preset, index) => (
              <div key={preset.name}>
                <dt>
                  <kbd>{PRESET_KEYS[index]}</kbd>
                </dt>
                <dd>{presetText(preset, lab).title}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <p className="muted">{TEXT.typing}</p>
      <button type="button" className="button button--primary" onClick={onClose} autoFocus>
        {TEXT.close}
      </button>
    </dialog>
  );
}
