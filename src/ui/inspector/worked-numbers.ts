// The inspector's arithmetic as shown: every operand rounded to four decimals first, and each result worked
// out from the rounded operands, so that a student who redoes the sum on screen gets the number shown.

import { tdLossValue } from '../../contracts/loss-value';
import type { BellmanTarget, TabularInspection } from '../../contracts/inspection';

export const DECIMALS = 4;

/** Rounds to the shown precision (and turns -0 into 0). */
export function shown(value: number): number {
  const rounded = Number(value.toFixed(DECIMALS));
  return rounded === 0 ? 0 : rounded;
}

/** A shown number as text, with a true minus sign for negatives. */
export function formatShown(value: number): string {
  const text = shown(value).toFixed(DECIMALS);
  return text.startsWith('-') ? `\u2212${text.slice(1)}` : text;
}

/** The same number for TeX (a plain hyphen is TeX's minus). */
export function texNumber(value: number): string {
  return shown(value).toFixed(DECIMALS);
}

/** A TeX operand: negative numbers in parentheses so that "0.9 × (−1.2)" reads right. */
export function texOperand(value: number): string {
  const text = texNumber(value);
  return shown(value) < 0 ? `(${text})` : text;
}

export interface WorkedTarget {
  reward: number;
  rewardScale: number;
  discount: number;
  /** Q_target(s', a*) as shown, 0 at a session end. */
  maxNextQ: number;
  target: number;
  qTaken: number;
  tdError: number;
  loss: number;
}

/** y = c·r + gamma·Q', delta = y - Q(s, a) and the loss, from the shown operands. */
export function workTarget(bellman: BellmanTarget, reward: number): WorkedTarget {
  const r = shown(reward);
  const rewardScale = bellman.rewardScale;
  const discount = shown(bellman.discount);
  const maxNextQ = bellman.form === 'terminal' ? 0 : shown(bellman.maxNextQ);
  const target = shown(rewardScale * r + (bellman.form === 'terminal' ? 0 : discount * maxNextQ));
  const qTaken = shown(bellman.qTaken);
  const tdError = shown(target - qTaken);
  return { reward: r, rewardScale, discount, maxNextQ, target, qTaken, tdError, loss: shown(tdLossValue(bellman.lossName, tdError)) };
}

export interface WorkedTabularUpdate {
  oldValue: number;
  learningRate: number;
  reward: number;
  discount: number;
  maxNextValue: number;
  target: number;
  newValue: number;
}

/** Q(s,a) + alpha [r + gamma max Q(s',a') - Q(s,a)], from the shown operands. */
export function workTabularUpdate(update: TabularInspection): WorkedTabularUpdate {
  const oldValue = shown(update.oldValue);
  const learningRate = shown(update.learningRate);
  const reward = shown(update.reward);
  const discount = shown(update.discount);
  const maxNextValue = update.done ? 0 : shown(update.maxNextValue);
  const target = shown(reward + discount * maxNextValue);
  const newValue = shown(oldValue + learningRate * (reward + discount * maxNextValue - oldValue));
  return { oldValue, learningRate, reward, discount, maxNextValue, target, newValue };
}
