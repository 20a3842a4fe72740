// One shopper, two policies: the compare page follows one shopper of the sides' seed through a session under
// A's agent and under B's (each side's worker answers for its own run), with the same coin flips, one step at a time.
import { useId, useState, type FormEvent } from 'react';
import { evaluationSettings } from '../../contracts/lab-config';
import type { AgentReplay, AgentReplayRequest, AgentReplayResult } from '../../contracts/protocol';
import { AB_SIDES, type AbSide } from '../../preset/ab-setup';
import { DEFAULT_SHOPPER, MAX_SHOPPER_INDEX } from '../../preset/play-url';
import { sessionOnSeed } from '../../sim/replay';
import { selectAbActions, selectAbSetup, selectAbSideView } from '../../store/ab-selectors';
import { useLab } from '../app/store-context';
import { formatReward } from '../format';
import { useT } from '../i18n/language-store';
import type { Messages } from '../i18n/messages';
import { formatStep } from '../lab/charts/chart-data';
import { refusalReasonText } from '../lab/notices/file-text';
import { ReplayStepTable } from '../play/replay/ReplayStepTable';
import { ReplayStepper } from '../play/replay/ReplayStepper';
import { TrustCurves } from '../play/replay/TrustCurves';
import { replayTotal, type ReplayLine } from '../play/replay/replay-lines';
import '../play/replay/replay.css';
import { SIDE_STYLE } from './side-style';

interface Followed {
  shopperIndex: number;
  seed: number;
  answers: Record<AbSide, { request: AgentReplayRequest; result: AgentReplayResult }>;
}

function reasonOf(result: Extract<AgentReplayResult, { ok: false }>, t: Messages): string {
  const { refusal } = result;
  return refusal.code === 'no-run' ? t.replay.sideBySide.noRun : refusalReasonText(refusal, t);
}

function lineOf(side: AbSide, request: AgentReplayRequest, replay: AgentReplay, t: Messages): ReplayLine {
  const steps = sessionOnSeed(request.seed, request.shopperIndex, request.sim, replay.own.map((choice) => choice.item));
  return {
    id: side,
    name: t.ab.sideName[side],
    color: SIDE_STYLE[side].color,
    dashed: SIDE_STYLE[side].dashed,
    steps,
    startTrust: steps[0]?.trustBefore ?? 0,
    expected: `${formatReward(replay.expected.mean)} ± ${formatReward(replay.expected.ci95)}`,
  };
}

export function SideBySide() {
  const setup = useLab(selectAbSetup);
  const a = useLab(selectAbSideView('a'));
  const b = useLab(selectAbSideView('b'));
  const { replaySide } = useLab(selectAbActions);
  const t = useT();
  const words = t.replay.sideBySide;
  const inputId = useId();
  const [shopperText, setShopperText] = useState(String(DEFAULT_SHOPPER));
  const [followed, setFollowed] = useState<Followed | null>(null);
  const [loading, setLoading] = useState(false);
  const [invalid, setInvalid] = useState(false);
  const [step, setStep] = useState(1);
  if (!setup) return null;
  const ready = a.phase === 'ready' && b.phase === 'ready' && a.run.step > 0 && b.run.step > 0;

  const follow = async (event: FormEvent) => {
    event.preventDefault();
    const shopperIndex = Number(shopperText);
    if (!Number.isInteger(shopperIndex) || shopperIndex < 0 || shopperIndex > MAX_SHOPPER_INDEX || shopperText.trim() === '') {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setLoading(true);
    // The sides share their seeds; each meets the shopper with its own simulator settings, scored with the shop's reward.
    const seed = setup.a.config.training.catalogSeed;
    const requestOf = (side: AbSide): AgentReplayRequest => ({ seed, shopperIndex, sim: evaluationSettings(setup[side].config), studentPicks: [] });
    const [answerA, answerB] = await Promise.all(
      AB_SIDES.map(async (side) => {
        const request = requestOf(side);
        const result = await replaySide(side, request).catch((error: unknown): AgentReplayResult => ({ ok: false, refusal: { code: 'unexpected', detail: error instanceof Error ? error.message : String(error) } }));
        return { request, result };
      }),
    );
    setFollowed({ shopperIndex, seed, answers: { a: answerA, b: answerB } });
    setStep(1);
    setLoading(false);
  };

  const lines: ReplayLine[] = [];
  const problems: string[] = [];
  if (followed) {
    for (const side of AB_SIDES) {
      const { request, result } = followed.answers[side];
      if (result.ok) lines.push(lineOf(side, request, result.replay, t));
      else problems.push(words.problem(t.ab.sideName[side], reasonOf(result, t)));
    }
  }
  const total = replayTotal(lines);
  const shown = Math.min(step, total);
  const trained = followed && followed.answers.a.result.ok && followed.answers.b.result.ok ? [followed.answers.a.result.replay.trainedSteps, followed.answers.b.result.replay.trainedSteps] : null;
  return (
    <section className="panel replay side-by-side" aria-labelledby="side-by-side-heading">
      <div className="panel__header">
        <h2 id="side-by-side-heading">{words.heading}</h2>
      </div>
      <p className="panel__hint">{words.intro}</p>
      <form className="side-by-side__form" noValidate onSubmit={(event) => void follow(event)}>
        <label htmlFor={inputId}>{words.shopper}</label>
        <input id={inputId} type="number" inputMode="numeric" min={0} max={MAX_SHOPPER_INDEX} step={1} value={shopperText} aria-invalid={invalid} onChange={(event) => setShopperText(event.currentTarget.value)} />
        <button type="submit" className="button button--primary" disabled={!ready || loading}>
          {words.follow}
        </button>
      </form>
      <div role="status">
        {!ready ? <p className="panel__hint">{words.needRuns}</p> : null}
        {invalid ? <p className="notice">{words.badShopper(MAX_SHOPPER_INDEX)}</p> : null}
        {loading ? <p>{words.loading}</p> : null}
        {!loading && followed && trained ? <p>{words.followed(followed.shopperIndex, followed.seed, formatStep(trained[0]), formatStep(trained[1]))}</p> : null}
        {!loading && problems.map((problem) => <p key={problem} className="notice">{problem}</p>)}
      </div>
      {!loading && lines.length > 0 && (
        <div className="replay__body">
          <ReplayStepper step={shown} total={total} onStep={setStep} />
          <ReplayStepTable lines={lines} step={shown} />
          <TrustCurves lines={lines} step={shown} total={total} title={words.chartTitle} />
        </div>
      )}
    </section>
  );
}
