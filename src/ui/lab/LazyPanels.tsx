// The training page's panels that nobody needs before pressing Play: export and import, kept runs and the
// step-through inspector load once the lab has started (AfterStart.tsx); the Share dialog and the keyboard
// help load when opened. Each is its own chunk.
import { Suspense, lazy } from 'react';
import { useT } from '../i18n/language-store';
import { AfterStart, PanelPlaceholder } from './AfterStart';

const FilesPanel = lazy(async () => ({ default: (await import('./files/FilesPanel')).FilesPanel }));
const RunsPanel = lazy(async () => ({ default: (await import('./runs/RunsPanel')).RunsPanel }));
const Inspector = lazy(async () => ({ default: (await import('../inspector/Inspector')).Inspector }));
const ShareDialog = lazy(async () => ({ default: (await import('./share/ShareDialog')).ShareDialog }));
const ShortcutHelp = lazy(async () => ({ default: (await import('./lecture/ShortcutHelp')).ShortcutHelp }));

export function LazyFilesPanel() {
  const { files } = useT();
  return (
    <AfterStart placeholder={<PanelPlaceholder title={files.heading} className="files-panel" />}>
      <FilesPanel />
    </AfterStart>
  );
}

export function LazyRunsPanel() {
  const { runs } = useT();
  return (
    <AfterStart placeholder={<PanelPlaceholder title={runs.title} className="runs-panel" />}>
      <RunsPanel />
    </AfterStart>
  );
}

export function LazyInspector() {
  const { inspector } = useT();
  return (
    <AfterStart placeholder={<PanelPlaceholder title={inspector.title} className="inspector" />}>
      <Inspector />
    </AfterStart>
  );
}

/** A dialog opened by a click: nothing shows until its code is here (a moment; the button stays where it is). */
export function LazyShareDialog({ onClose }: { onClose: () => void }) {
  return (
    <Suspense fallback={null}>
      <ShareDialog onClose={onClose} />
    </Suspense>
  );
}

export function LazyShortcutHelp({ onClose }: { onClose: () => void }) {
  return (
    <Suspense fallback={null}>
      <ShortcutHelp onClose={onClose} />
    </Suspense>
  );
}
