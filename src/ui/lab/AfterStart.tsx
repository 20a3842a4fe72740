// What the training page shows only once the lab has started: the charts and the panels nobody needs before
// pressing Play load after the controls work, so their code never competes with the first paint and the
// worker's start (the page's weight before Play is in bench/page-weight.ts). Until then a placeholder of the
// same heading holds each one's place, saying it is loading.
import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { selectLabPhase } from '../../store/lab-selectors';
import { useLab } from '../app/store-context';
import { useT } from '../i18n/language-store';

/**
 * Whether the lab has finished starting (its controls work, or it said why not) and the page has since been idle;
 * stays true through a reset. Set after the render that enables Play is on screen, so the parts' code is fetched
 * after that, never in the same render (React calls a lazy part's import while rendering, before it commits).
 */
export function useLabStarted(): boolean {
  const phase = useLab(selectLabPhase);
  const [started, setStarted] = useState(false);
  const startedNow = phase === 'ready' || phase === 'error';
  useEffect(() => {
    if (!startedNow) return;
    // Within a second even on a page that is never idle (a lecture's presenter view at full speed).
    const idle = window.requestIdleCallback(() => setStarted(true), { timeout: 1000 });
    return () => window.cancelIdleCallback(idle);
  }, [startedNow]);
  return started;
}

/** Its children once the lab has started (fetching their code then); the placeholder before and while it arrives. */
export function AfterStart({ placeholder, children }: { placeholder: ReactNode; children: ReactNode }) {
  return useLabStarted() ? <Suspense fallback={placeholder}>{children}</Suspense> : placeholder;
}

/** A panel's place while its code loads: its own heading, so the page's outline never changes, and a busy line. */
export function PanelPlaceholder({ title, className = '' }: { title: string; className?: string }) {
  const { lab } = useT();
  return (
    <section className={`panel ${className}`} aria-label={title} aria-busy="true">
      <h2>{title}</h2>
      <p className="muted">{lab.page.loadingPanel}</p>
    </section>
  );
}
