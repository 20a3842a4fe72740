// Listens for the lab's keyboard shortcuts on the page and runs each as the buttons would (and only when they could).
import { useEffect } from 'react';
import { selectHiddenControls, selectLabLinkActions, selectPresenting } from '../../../store/lab-link-selectors';
import { selectCatalogue, selectLabActions, selectLabPhase, selectReplacedRun, selectRunStatus } from '../../../store/lab-selectors';
import { useLab } from '../../app/store-context';
import { keyPressOf, shortcutFor, type ShortcutCommand } from './shortcuts';

export function useLabShortcuts(openHelp: () => void): void {
  const phase = useLab(selectLabPhase);
  const status = useLab(selectRunStatus);
  const catalogue = useLab(selectCatalogue);
  const hidden = useLab(selectHiddenControls);
  const presenting = useLab(selectPresenting);
  const replaced = useLab(selectReplacedRun);
  const { play, pause, stepOnce, reset, choosePreset, undoReplace } = useLab(selectLabActions);
  const { setPresenting } = useLab(selectLabLinkActions);

  useEffect(() => {
    const ready = phase === 'ready';
    const over = status === 'finished' || status === 'diverged';
    /** Runs a command; false when it cannot run now (the key then keeps its usual meaning, such as scrolling). */
    const run = (command: ShortcutCommand): boolean => {
      switch (command.kind) {
        case 'toggle-play':
          if (status === 'running') pause();
          else if (ready && !over) play();
          return true;
        case 'step':
          if (!ready || status === 'running' || over) return false;
          stepOnce();
          return true;
        case 'reset':
          if (phase === 'loading') return false;
          void reset();
          return true;
        case 'undo':
          if (!replaced || !ready) return false;
          void undoReplace();
          return true;
        case 'preset': {
          const preset = catalogue?.presets[command.index];
          if (!preset || hidden.includes('preset') || phase === 'loading') return false;
          void choosePreset(preset.name);
          return true;
        }
        case 'present':
          setPresenting(!presenting);
          return true;
        case 'help':
          openHelp();
          return true;
      }
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const command = shortcutFor(keyPressOf(event));
      if (command && run(command)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [phase, status, catalogue, hidden, presenting, replaced, play, pause, stepOnce, reset, choosePreset, undoReplace, setPresenting, openHelp]);
}
