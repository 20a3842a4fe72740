// After a reload: "Resume the run from 2 minutes ago at step 48,000?" with Resume and Discard.
import { useState } from 'react';
import { timeAgo } from '../../../store/autosave-storage';
import { selectAutosaveOffer, selectFilesBusy, selectLabFilesActions } from '../../../store/lab-files-selectors';
import { useLab } from '../../app/store-context';
import { formatStep } from '../charts/chart-data';

export function AutosaveOffer() {
  const offer = useLab(selectAutosaveOffer);
  const busy = useLab(selectFilesBusy);
  const { resumeAutosave, discardAutosave } = useLab(selectLabFilesActions);
  // The age as of when the offer appeared (a render must not read the clock).
  const [now] = useState(() => Date.now());
  if (!offer) return null;
  return (
    <section className="banner autosave-offer" aria-label="Saved run">
      <p>
        Resume the run from {timeAgo(offer.savedAt, Math.max(now, offer.savedAt))} at step {formatStep(offer.step)}?{' '}
        <span className="muted">Training a new run replaces it at its first autosave.</span>
      </p>
      <button type="button" className="button button--primary" onClick={() => void resumeAutosave()} disabled={busy}>
        Resume
      </button>
      <button type="button" className="button" onClick={() => void discardAutosave()} disabled={busy}>
        Discard
      </button>
    </section>
  );
}
