// An outcome as icon plus word plus colour (Okabe-Ito, colour-blind safe): never colour alone.
import type { OutcomeName } from '../../sim/session';
import { useT } from '../i18n/language-store';

const OUTCOME_ICONS: Record<OutcomeName, string> = { bought: '✓', clicked: '→', ignored: '–' };

export function OutcomeLabel({ outcome }: { outcome: OutcomeName }) {
  const word = useT().play.outcomes[outcome];
  return (
    <span className={`outcome outcome--${outcome}`}>
      <span className="outcome__icon" aria-hidden="true">
        {OUTCOME_ICONS[outcome]}
      </span>
      {word}
    </span>
  );
}
