// A link's QR code, drawn here as one SVG path (no image service: the page makes no request to draw it).
import { useMemo } from 'react';
import { useT } from '../../i18n/language-store';
import { modulesPath, qrModules } from './qr-modules';

export default function QrCode({ text, label }: { text: string; label: string }) {
  const modules = useMemo(() => qrModules(text), [text]);
  const path = useMemo(() => (modules ? modulesPath(modules) : ''), [modules]);
  const t = useT();
  if (!modules) return <p className="muted">{t.share.dialog.qrTooLong}</p>;
  const size = modules.length;
  return (
    <svg className="qr-code" role="img" aria-label={label} viewBox={`0 0 ${size} ${size}`} shapeRendering="crispEdges" data-modules={size}>
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
