// A knob turned mid-run, in the page's words ("γ 0.99 → 0"): the charts' markers, their data tables and the
// training page's list of changes all say it this way. No Recharts here, so the list words changes before the
// charts have loaded.
import type { KnobChange } from '../../../contracts/metrics';
import type { Messages } from '../../i18n/messages';
import { settingLabel } from '../setting-words';
import { formatExact } from './chart-data';

/** The setting each knob turns, as the catalogs label it (α, γ, ε). */
const KNOB_SETTINGS: Record<KnobChange['knob'], string> = { learningRate: 'alpha', discount: 'gamma', explorationRate: 'epsilon' };

/** "γ 0.99 → 0", or "ε 0 → decay schedule (0.42 now)", in the page's words. */
export function describeKnobChange(change: KnobChange, t: Messages): string {
  const to = change.schedule ? t.charts.decaySchedule(formatExact(change.to)) : formatExact(change.to);
  return t.charts.knobChange(settingLabel(t, KNOB_SETTINGS[change.knob]), formatExact(change.from), to);
}

/** The changes made at one step, in one line ("γ 0.99 → 0; α 0.001 → 0.01"). */
export function describeKnobChanges(changes: readonly KnobChange[], t: Messages): string {
  return changes.map((change) => describeKnobChange(change, t)).join(t.charts.knobChangeSeparator);
}
