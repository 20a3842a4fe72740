// The TD target of the current transition worked out in numbers, as mathematics and as a plain list.
import type { BellmanTarget, UpdateEffect } from '../../contracts/inspection';
import { itemName } from '../format';
import { useT } from '../i18n/language-store';
import { Q_LEARNING_UPDATE_SOURCE } from './code-locations';
import { Explainer } from './Explainer';
import { TeX } from './TeX';
import { formatShown, texNumber, texOperand, workTarget, type WorkedTarget } from './worked-numbers';

interface BellmanViewProps {
  bellman: BellmanTarget;
  reward: number;
  effect: UpdateEffect | null;
}

function targetFormula(bellman: BellmanTarget, worked: WorkedTarget): string {
  const q = bellman.usesTargetNetwork ? 'Q_{\\text{target}}' : 'Q';
  const scaled = worked.rewardScale === 1 ? 'r' : 'c\\,r';
  const scaledNumber = worked.rewardScale === 1 ? texOperand(worked.reward) : `${worked.rewardScale} \\times ${texOperand(worked.reward)}`;
  if (bellman.form === 'terminal') return worked.rewardScale === 1 ? `y = r = ${texNumber(worked.target)}` : `y = c\\,r = ${scaledNumber} = ${texNumber(worked.target)}`;
  const general = bellman.form === 'double-dqn' ? `${q}\\big(s', \\arg\\max_{a'} Q(s', a')\\big)` : `\\max_{a'} ${q}(s', a')`;
  return `y = ${scaled} + \\gamma\\, ${general} = ${scaledNumber} + ${texNumber(worked.discount)} \\times ${texOperand(worked.maxNextQ)} = ${texNumber(worked.target)}`;
}

function lossFormula(bellman: BellmanTarget, worked: WorkedTarget): string {
  const delta = texOperand(worked.tdError);
  if (bellman.lossName === 'huber' && Math.abs(worked.tdError) > 1) return `L = |\\delta| - \\tfrac{1}{2} = |${delta}| - 0.5 = ${texNumber(worked.loss)}`;
  return `L = \\tfrac{1}{2}\\,\\delta^2 = 0.5 \\times ${delta}^2 = ${texNumber(worked.loss)}`;
}

interface ValueProps {
  label: string;
  symbol: string;
  value: number;
  testId: string;
}

function Value({ label, symbol, value, testId }: ValueProps) {
  return (
    <div>
      <dt>
        {label} <TeX math={symbol} />
      </dt>
      <dd data-testid={testId} data-value={value}>
        {formatShown(value)}
      </dd>
    </div>
  );
}

export function BellmanView({ bellman, reward, effect }: BellmanViewProps) {
  const t = useT();
  const words = t.inspector.bellman;
  const worked = workTarget(bellman, reward);
  const ended = bellman.form === 'terminal';
  const bestNext = itemName(bellman.bootstrapAction, t.play);
  return (
    <div className="bellman-view" aria-label={words.region}>
      <h3>{words.heading}</h3>
      <TeX block math={targetFormula(bellman, worked)} label={words.targetLabel} />
      <TeX block math={`\\delta = y - Q(s, a) = ${texNumber(worked.target)} - ${texOperand(worked.qTaken)} = ${texNumber(worked.tdError)}`} label={words.errorLabel} />
      <TeX block math={lossFormula(bellman, worked)} label={words.lossLabel} />
      <dl className="bellman-view__numbers">
        <Value label={words.reward} symbol="r" value={worked.reward} testId="bellman-reward" />
        <Value label={words.discount} symbol="\gamma" value={worked.discount} testId="bellman-discount" />
        <Value label={ended ? words.nextValueNone : words.bestNextValue} symbol="\max Q'" value={worked.maxNextQ} testId="bellman-max-next-q" />
        <Value label={words.target} symbol="y" value={worked.target} testId="bellman-target" />
        <Value label={words.estimate} symbol="Q(s,a)" value={worked.qTaken} testId="bellman-q" />
        <Value label={words.tdError} symbol="\delta" value={worked.tdError} testId="bellman-td-error" />
        <Value label={bellman.lossName === 'huber' ? words.huberLoss : words.squaredLoss} symbol="L" value={worked.loss} testId="bellman-loss" />
      </dl>
      <p className="muted">
        {ended
          ? words.terminalNote
          : `${bellman.form === 'double-dqn' ? words.doublePicks(bestNext) : words.bestNextIs(bestNext)}${bellman.usesTargetNetwork ? words.valuedByTarget : words.valuedByOnline}`}
        {bellman.rewardScale !== 1 ? words.rewardScale(bellman.rewardScale) : ''}
        {bellman.multiStep > 1 ? words.multiStep(bellman.multiStep) : ''}
      </p>
      {effect && (
        <p className="update-effect" aria-label={words.effectLabel} data-testid="update-effect">
          {words.effectFrom(effect.update)} <strong>{formatShown(effect.qBefore)}</strong> {words.effectTo} <strong>{formatShown(effect.qAfter)}</strong>
          {words.effectToward(formatShown(effect.target), String(Math.round(effect.movedFraction * 1000) / 10))}
          {effect.movedFraction < 0 ? words.effectAway : ''}
          {words.effectTail}
        </p>
      )}
      <p className="muted">
        {words.codeLocation}
        <code translate="no">{Q_LEARNING_UPDATE_SOURCE}</code>
      </p>
      <Explainer explanation={t.explanations.topics.qLearning} />
      <Explainer explanation={t.explanations.topics.targetNetwork} />
    </div>
  );
}
