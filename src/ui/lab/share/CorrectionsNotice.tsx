// What the opening link asked for that the lab corrected, and why, until the reader dismisses it (the
// compare page shows its link's corrections with the same notice).
import type { LinkCorrection } from '../../../preset/lab-url';
import { selectLabLinkActions, selectLinkCorrections } from '../../../store/lab-link-selectors';
import { useLab } from '../../app/store-context';
import { useT } from '../../i18n/language-store';
import { correctionReasonText } from '../notices/correction-text';

/** The lab link's corrections, from the store. */
export function CorrectionsNotice() {
  const corrections = useLab(selectLinkCorrections);
  const { dismissCorrections } = useLab(selectLabLinkActions);
  return <LinkCorrections corrections={corrections} onDismiss={dismissCorrections} />;
}

/** A link's corrections, each as its key, what the link gave and the reason (nothing when there are none). */
export function LinkCorrections({ corrections, onDismiss }: { corrections: readonly LinkCorrection[]; onDismiss: () => void }) {
  const t = useT();
  const TEXT = t.share.corrections;
  if (corrections.length === 0) return null;
  // A link of an older version alone was used as written, read on the defaults it was made with: nothing was corrected.
  const earlierOnly = corrections.every(({ reason }) => reason.code === 'earlier-recipe');
  return (
    <section className="notice link-corrections" aria-label={TEXT.region}>
      <span className="notice__icon" aria-hidden="true">
        i
      </span>
      <div className="notice__text">
        <h2 className="link-corrections__heading">{earlierOnly ? TEXT.earlierHeading : TEXT.heading}</h2>
        <ul className="link-corrections__list">
          {corrections.map((correction, index) => (
            <li key={`${correction.key}-${index}`}>
              <code>{correction.key}</code>
              {TEXT.given(correction.given)}
              {correctionReasonText(correction.reason, t)}
              {TEXT.end}
            </li>
          ))}
        </ul>
        <p className="muted">{earlierOnly ? TEXT.earlierAfter : TEXT.after}</p>
      </div>
      <button type="button" className="button button--quiet" onClick={onDismiss} aria-label={TEXT.dismissLabel}>
        {t.app.dismiss}
      </button>
    </section>
  );
}
