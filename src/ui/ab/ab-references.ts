// The reference policies' lines on the compare charts, from what each side's worker scored on its cohort:
// one set when both sides score on the same cohort (every lesson pair), each side's own set, named by its
// letter, when their cohorts differ (another simulator on one side). Generic over the policies reported.
// The training page colours each policy's line; here blue and vermillion are A's and B's, and the myopic
// oracle's vermillion or the heuristic's orange would read as B, so every reference line is drawn in the
// page's ink, told apart by its own dash and its label.
import { AB_SIDES, type AbSide } from '../../preset/ab-setup';
import type { ReferenceResult } from '../../contracts/protocol';
import { PALETTE } from '../lab/charts/chart-data';
import type { Messages } from '../i18n/messages';
import { referenceSpecs } from '../lab/charts/ReturnChart';
import type { ReferenceSpec } from '../lab/charts/reference-lines';

export type ReferenceValue = 'meanReturn' | 'percentOfOracle';

const sameScores = (a: readonly ReferenceResult[], b: readonly ReferenceResult[], value: ReferenceValue) =>
  a.length === b.length && a.every((reference, index) => reference.policy === b[index].policy && reference[value] === b[index][value]);

export function abReferenceSpecs(references: Record<AbSide, readonly ReferenceResult[]>, value: ReferenceValue, t: Messages): ReferenceSpec[] {
  const { a, b } = references;
  const inked = (specs: ReferenceSpec[]) => specs.map((spec) => ({ ...spec, color: PALETTE.black }));
  // A side that has not started (or could not) has none yet: the other's are the ones there are.
  if (a.length === 0 || b.length === 0 || sameScores(a, b, value)) return inked(referenceSpecs(a.length > 0 ? a : b, t.play, value));
  return inked(AB_SIDES.flatMap((side) => referenceSpecs(references[side], t.play, value).map((spec) => ({ ...spec, name: t.ab.line(t.ab.sideName[side], spec.name) }))));
}
