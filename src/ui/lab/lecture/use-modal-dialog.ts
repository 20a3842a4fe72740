// A native <dialog> shown modally while its component is mounted: showModal traps focus, Escape closes it.
import { useEffect, useRef, type RefObject } from 'react';

export function useModalDialog(onClose: () => void): RefObject<HTMLDialogElement | null> {
  const dialog = useRef<HTMLDialogElement | null>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    // Guarded: development mode mounts effects twice, and showModal throws on an open dialog.
    if (!element.open) element.showModal();
    // Escape arrives as a close event: the owner then unmounts the dialog.
    element.addEventListener('close', onClose);
    return () => element.removeEventListener('close', onClose);
  }, [onClose]);
  return dialog;
}
