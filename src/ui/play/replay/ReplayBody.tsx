// The replay itself, loaded when a student opens it: the stepper, the step table, the agent's values and the
// trust curves (whose chart library stays out of the play page's first paint).
import { useId, useState } from 'react';
import type { StepDetail } from '../../../sim/session';
import { selectReplay, selectReplayActions } from '../../../store/play-selectors';
import { useLab } from '../../app/store-context';
import { itemName } from '../../format';
import { useT } from '../../i18n/language-store';
import { AgentSource } from './AgentSource';
import { AgentValues, type PickMark } from './AgentValues';
import { ReplayStepTable } from './ReplayStepTable';
import { ReplayStepper } from './ReplayStepper';
import { TrustCurves } from './TrustCurves';
import { replayTotal, type ReplayLine } from './replay-lines';

export function ReplayBody({ lines }: { lines: readonly ReplayLine[] }) {
  const replay = useLab(selectReplay);
  const { showStep } = useLab(selectReplayActions);
  const total = replayTotal(lines);
  const step = Math.min(replay.step, total);
  return (
    <div className="replay__body">
      <AgentSource />
      <ReplayStepper step={step} total={total} onStep={showStep} />
      <ReplayStepTable lines={lines} step={step} />
      <div className="replay__columns">
        <ValuesPanel step={step} studentSteps={lines[0].steps ?? []} />
        <TrustCurves lines={lines} step={step} total={total} />
      </div>
    </div>
  );
}

/** The agent's values before the step on show: in its own session (beside its pick) or where the student was. */
function ValuesPanel({ step, studentSteps }: { step: number; studentSteps: readonly StepDetail[] }) {
  const replay = useLab(selectReplay);
  const radios = useId();
  const t = useT();
  const words = t.replay.values;
  const [where, setWhere] = useState<'own' | 'student'>('own');
  const answer = replay.agent?.source === replay.source ? replay.agent.replay : null;
  const choices = answer ? (where === 'own' ? answer.own : answer.atStudent) : null;
  const choice = choices && step > 0 ? (choices[step - 1] ?? null) : null;
  const studentStep = studentSteps[step - 1];
  const marks: PickMark[] = choice ? [{ item: choice.item, label: words.agentPick, className: 'replay-values__cell--agent' }] : [];
  if (choice && where === 'student' && studentStep) marks.push({ item: studentStep.item.index, label: words.studentPick, className: 'replay-values__cell--student' });
  return (
    <section className="replay__values" aria-labelledby="replay-values-heading">
      <h3 id="replay-values-heading">{words.heading}</h3>
      <fieldset className="replay__where">
        <legend>{words.where}</legend>
        <label>
          <input type="radio" name={radios} checked={where === 'own'} onChange={() => setWhere('own')} /> {words.own}
        </label>
        <label>
          <input type="radio" name={radios} checked={where === 'student'} onChange={() => setWhere('student')} /> {words.student}
        </label>
      </fieldset>
      {!answer ? null : step === 0 ? (
        <p className="panel__hint">{words.none}</p>
      ) : !choice ? (
        <p className="panel__hint">{words.ended}</p>
      ) : (
        <>
          <p className="replay__caption">{where === 'own' ? words.caption(step) : words.wouldPick(itemName(choice.item, t.play))}</p>
          <AgentValues values={choice.qValues} step={step} marks={marks} />
        </>
      )}
    </section>
  );
}
