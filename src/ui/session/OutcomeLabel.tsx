// An outcome as icon plus word plus colour (Okabe-Ito, colour-blind safe): never colour alone.
import type { OutcomeName } from '../../sim/session';

const OUTCOME_TEXT: Record<OutcomeName, { icon: string; word: string }> = {
  bought: { icon: '✓', word: 'Bought' },
  clicked: { icon: '→', word: 'Clicked' },
  ignored: { icon: '–', word: 'Ignored' },
};

export function OutcomeLabel({ outcome }: { outcome: OutcomeName }) {
  const { icon, word } = OUTCOME_TEXT[outcome];
  return (
    <span className={`outcome outcome--${outcome}`}>
      <span className="outcome__icon" aria-hidden="true">
        {icon}
      </span>
      {word}
    </span>
  );
}
