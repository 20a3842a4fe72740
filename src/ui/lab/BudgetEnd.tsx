// A run that used up its budget says so, and offers to train on (the budget extended by the run's own
// budget) or to start a new run; a knob turned after the end says that the finished run learns nothing from it.
import type { KnobName } from '../../contracts/metrics';
import { selectBudgetIncrement, selectKnobsAfterEnd, selectLabActions, selectLabPhase, selectTotalSteps } from '../../store/lab-selectors';
import { useLab } from '../app/store-context';
import { useT } from '../i18n/language-store';
import type { Messages } from '../i18n/messages';
import { formatStep } from './charts/chart-data';

/** The knobs' names as the knob panel labels them. */
function knobLabel(knob: KnobName, knobs: Messages['lab']['knobs']): string {
  if (knob === 'learningRate') return knobs.learningRate;
  if (knob === 'discount') return knobs.discount;
  return knobs.exploration;
}

export function BudgetEnd() {
  const budget = useLab(selectTotalSteps);
  const phase = useLab(selectLabPhase);
  const increment = useLab(selectBudgetIncrement);
  const knobsAfterEnd = useLab(selectKnobsAfterEnd);
  const { continueTraining, reset } = useLab(selectLabActions);
  const { lab } = useT();
  const text = lab.status;
  const turned = knobsAfterEnd.map((knob) => knobLabel(knob, lab.knobs)).join(text.knobListSeparator);
  const busy = phase !== 'ready';
  return (
    <div className="banner banner--done" role={turned ? 'alert' : 'status'} aria-label={text.finishedLabel}>
      <p>
        <strong>{text.finished(formatStep(budget))}</strong> {turned ? text.knobsAfterEnd(turned) : text.finishedNext}
      </p>
      <button type="button" className="button button--primary" onClick={() => void continueTraining()} disabled={busy || increment <= 0}>
        {text.trainMore(formatStep(increment))}
      </button>
      <button type="button" className="button" onClick={() => void reset()} disabled={busy}>
        {text.newRun}
      </button>
    </div>
  );
}
