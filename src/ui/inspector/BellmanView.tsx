// The TD target of the current transition worked out in numbers, as mathematics and as a plain list.
import type { BellmanTarget, UpdateEffect } from '../../engine/inspection';
import { itemName } from '../format';
import { EXPLANATIONS } from './explanations';
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
  const worked = workTarget(bellman, reward);
  const ended = bellman.form === 'terminal';
  return (
    <div className="bellman-view" aria-label="Bellman target">
      <h3>The target this transition teaches</h3>
      <TeX block math={targetFormula(bellman, worked)} label="TD target" />
      <TeX block math={`\\delta = y - Q(s, a) = ${texNumber(worked.target)} - ${texOperand(worked.qTaken)} = ${texNumber(worked.tdError)}`} label="TD error" />
      <TeX block math={lossFormula(bellman, worked)} label="Loss" />
      <dl className="bellman-view__numbers">
        <Value label="Reward" symbol="r" value={worked.reward} testId="bellman-reward" />
        <Value label="Discount" symbol="\gamma" value={worked.discount} testId="bellman-discount" />
        <Value label={ended ? 'Next value (none: the session ended)' : 'Best next value'} symbol="\max Q'" value={worked.maxNextQ} testId="bellman-max-next-q" />
        <Value label="Target" symbol="y" value={worked.target} testId="bellman-target" />
        <Value label="Current estimate" symbol="Q(s,a)" value={worked.qTaken} testId="bellman-q" />
        <Value label="TD error" symbol="\delta" value={worked.tdError} testId="bellman-td-error" />
        <Value label={bellman.lossName === 'huber' ? 'Huber loss' : 'Squared loss'} symbol="L" value={worked.loss} testId="bellman-loss" />
      </dl>
      <p className="muted">
        {ended
          ? 'The shopper left, so nothing follows this step: the target is the reward alone.'
          : `${bellman.form === 'double-dqn' ? 'Double DQN: the online network picks' : 'The best next item is'} a* = ${itemName(bellman.bootstrapAction)}; ${bellman.usesTargetNetwork ? 'the target network' : 'the online network (this run has no target network)'} values it.`}
        {bellman.rewardScale !== 1 ? ` Rewards are multiplied by c = ${bellman.rewardScale} before learning.` : ''}
        {bellman.multiStep > 1
          ? ` This run learns from ${bellman.multiStep}-step returns: the replayed copy of this step adds up to ${bellman.multiStep} rewards before bootstrapping, as the minibatch below shows; this is the one-step target of the formula.`
          : ''}
      </p>
      {effect && (
        <p className="update-effect" aria-label="Last update" data-testid="update-effect">
          Update {effect.update} moved Q(s, a) from <strong>{formatShown(effect.qBefore)}</strong> to <strong>{formatShown(effect.qAfter)}</strong>, toward y ={' '}
          {formatShown(effect.target)}: {Math.round(effect.movedFraction * 1000) / 10}% of the way
          {effect.movedFraction < 0 ? ' (away from it)' : ''}. The update trained on a sampled minibatch; this transition moves through the weights it shares with
          those samples.
        </p>
      )}
      <Explainer explanation={EXPLANATIONS.qLearning} />
      <Explainer explanation={EXPLANATIONS.targetNetwork} />
    </div>
  );
}
