// After a preset, a reset or a model file replaced a run that had trained: which run was put aside, at
// which step, and Undo (or the U key) to bring it back, paused where it was.
import { selectCatalogue, selectLabActions, selectLabPhase, selectReplacedRun } from '../../store/lab-selectors';
import { useLab } from '../app/store-context';
import { useT } from '../i18n/language-store';
import { formatStep } from './charts/chart-data';
import { presetTitle } from './preset-text';

export function ReplacedRunNotice() {
  const replaced = useLab(selectReplacedRun);
  const catalogue = useLab(selectCatalogue);
  const phase = useLab(selectLabPhase);
  const { undoReplace, dismissReplaced } = useLab(selectLabActions);
  const t = useT();
  const text = t.lab.replaced;
  if (!replaced) return null;
  const sentence = text[replaced.cause](presetTitle(replaced.presetName, catalogue?.presets, t.lab), formatStep(replaced.step));
  return (
    <div className="banner banner--info replaced-run" role="status" aria-label={text.label}>
      <p>
        {sentence} <span className="muted">{text.undoHint}</span>
      </p>
      <button type="button" className="button button--primary" onClick={() => void undoReplace()} disabled={phase !== 'ready'}>
        {text.undoButton}
      </button>
      <button type="button" className="button" onClick={dismissReplaced}>
        {t.app.dismiss}
      </button>
    </div>
  );
}
