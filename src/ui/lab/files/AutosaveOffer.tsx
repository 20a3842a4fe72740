// After a reload: "Resume the “Far-sighted DQN” run saved 2 minutes ago, at step 48,000?" with Resume and Discard.
import { useState } from 'react';
import { ageOf } from '../../../store/autosave-storage';
import { selectAutosaveOffer, selectFilesBusy, selectLabFilesActions } from '../../../store/lab-files-selectors';
import { useLab } from '../../app/store-context';
import { useT } from '../../i18n/language-store';
import { formatStep } from '../charts/chart-data';
import { ageText } from '../notices/file-text';
import { selectCatalogue } from '../../../store/lab-selectors';
import { presetTitle } from '../preset-text';

export function AutosaveOffer() {
  const offer = useLab(selectAutosaveOffer);
  const busy = useLab(selectFilesBusy);
  const catalogue = useLab(selectCatalogue);
  const { resumeAutosave, discardAutosave } = useLab(selectLabFilesActions);
  const t = useT();
  const TEXT = t.files.offer;
  // The age as of when the offer appeared (a render must not read the clock).
  const [now] = useState(() => Date.now());
  if (!offer) return null;
  const age = ageText(ageOf(offer.savedAt, Math.max(now, offer.savedAt)), t);
  const step = formatStep(offer.step);
  const question = offer.presetName ? TEXT.question(presetTitle(offer.presetName, catalogue?.presets, t.lab), age, step) : TEXT.questionUnnamed(age, step);
  return (
    <section className="banner autosave-offer" aria-label={TEXT.region}>
      <p>
        {question}{' '}
        <span className="muted">{TEXT.replaced}</span>
      </p>
      <button type="button" className="button button--primary" onClick={() => void resumeAutosave()} disabled={busy}>
        {TEXT.resume}
      </button>
      <button type="button" className="button" onClick={() => void discardAutosave()} disabled={busy}>
        {TEXT.discard}
      </button>
    </section>
  );
}
