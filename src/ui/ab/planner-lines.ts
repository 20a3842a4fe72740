// The observation planner's level on the compare page's % of oracle chart: one line when both sides score
// the same cohort under the same simulator (the usual case), one per side when their simulators differ.
import type { ReferenceResult } from '../../worker/protocol';
import type { AbSide } from '../../preset/ab-setup';
import type { Messages } from '../i18n/messages';
import type { ReferenceSpec } from '../lab/charts/reference-lines';
import { REFERENCE_STYLE } from '../lab/charts/ReturnChart';

export function plannerLines(references: Record<AbSide, readonly ReferenceResult[]>, t: Messages): ReferenceSpec[] {
  const name = t.play.policies['observation-planner'];
  const style = REFERENCE_STYLE['observation-planner'];
  const percents = (['a', 'b'] as const).map((side) => references[side].find((reference) => reference.policy === 'observation-planner')?.percentOfOracle);
  const [a, b] = percents;
  if (a === undefined && b === undefined) return [];
  // Rounded as the page shows it: the same cohort and simulator give equal figures on both sides.
  if (a !== undefined && (b === undefined || a.toFixed(1) === b.toFixed(1))) return [{ name, value: a, ...style }];
  return (['a', 'b'] as const).flatMap((side, index) => {
    const value = percents[index];
    return value === undefined ? [] : [{ name: t.ab.line(t.ab.sideName[side], name), value, ...style }];
  });
}
