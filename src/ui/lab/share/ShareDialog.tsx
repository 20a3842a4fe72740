// Share: the link to this lab, copied as the dialog opens (or selected for Ctrl+C, saying why), its QR code
// for a projector (with a warning when the address is this computer's alone), and the lecture options the link carries.
import { Suspense, lazy, useEffect, useRef, useState } from 'react';
import { selectLectureView } from '../../../store/lab-link-selectors';
import { useLab } from '../../app/store-context';
import { useT } from '../../i18n/language-store';
import { useModalDialog } from '../lecture/use-modal-dialog';
import { copyLink, type CopyResult } from './copy-link';
import { LectureOptions } from './LectureOptions';
import { isLoopbackAddress } from './link-reach';

import { linkAddress, useCurrentLink } from './use-lab-link';

/** The QR encoder loads with the first Share dialog, not with the page. */
const QrCode = lazy(() => import('./QrCode'));

/** Shown while mounted; onClose unmounts it. */
export function ShareDialog({ onClose }: { onClose: () => void }) {
  const TEXT = useT().share.dialog;
  const dialog = useModalDialog(onClose);
  const pageView = useLab(selectLectureView);
  const [view, setView] = useState(pageView);
  const [copy, setCopy] = useState<CopyResult | null>(null);
  const field = useRef<HTMLInputElement | null>(null);
  const link = useCurrentLink(view);
  const address = link ? linkAddress(link) : null;
  // Share copies the link: once, as soon as there is one (the click that opened the dialog allows the copy).
  const copiedOnOpen = useRef(false);
  useEffect(() => {
    if (address === null || copiedOnOpen.current) return;
    copiedOnOpen.current = true;
    void copyLink(address, field.current).then(setCopy);
  }, [address]);
  return (
    <dialog ref={dialog} className="lab-dialog share" aria-labelledby="share-title">
      <h2 id="share-title">{TEXT.title}</h2>
      {address === null ? (
        <p>{TEXT.loading}</p>
      ) : (
        <div className="share__layout">
          <div className="share__link">
            <p className="muted">{TEXT.intro}</p>
            <label htmlFor="share-link">{TEXT.field}</label>
            <div className="share__copy">
              <input id="share-link" ref={field} type="text" readOnly value={address} onFocus={(event) => event.target.select()} />
              <button type="button" className="button button--primary" onClick={() => void copyLink(address, field.current).then(setCopy)}>
                {TEXT.copy}
              </button>
            </div>
            <p className={copy?.kind === 'selected' ? 'share__status share__status--not-copied' : 'share__status'} role="status">
              {copy === null ? '' : copy.kind === 'copied' ? TEXT.copied : copy.why === 'insecure' ? TEXT.notCopiedInsecure : TEXT.notCopiedRefused}
            </p>
            <a href={address} target="_blank" rel="noopener noreferrer">
              {TEXT.open}
            </a>
            <LectureOptions
              view={view}
              onChange={(next) => {
                setView(next);
                setCopy(null);
              }}
            />
          </div>
          <div className="share__qr">
            <Suspense fallback={<div className="qr-code qr-code--loading" aria-busy="true" />}>
              <QrCode text={address} label={TEXT.qr} />
            </Suspense>
            {isLoopbackAddress(address) && (
              <p className="share__warning" role="note">
                {TEXT.loopback(new URL(address).host)}
              </p>
            )}
          </div>
        </div>
      )}
      <button type="button" className="button share__close" onClick={onClose}>
        {TEXT.close}
      </button>
    </dialog>
  );
}
