// The kept runs ticked for overlay, as the lines a chart draws: their return (moving average) or loss curve,
// each in its slot's colour and dash, named by the run and the settings it differs in from the others.
import { useMemo } from 'react';
import { differingSettings, type KeptRun } from '../../../store/kept-runs';
import { selectKeptRuns, selectOverlaySlots } from '../../../store/lab-runs-selectors';
import { selectCatalogue } from '../../../store/lab-selectors';
import { useLab } from '../../app/store-context';
import { useT } from '../../i18n/language-store';
import { presetText } from '../preset-text';
import { OVERLAY_STYLES, type RunOverlays } from './overlay-style';
import { differingText, runName, type PresetTitles } from './run-labels';

export type OverlayMetric = 'returns' | 'loss';

/** Preset titles from the worker's catalogue, by name, in the page's language. */
export function usePresetTitles(): PresetTitles {
  const catalogue = useLab(selectCatalogue);
  const { lab } = useT();
  return useMemo(() => new Map(catalogue?.presets.map((preset) => [preset.name, presetText(preset, lab).title]) ?? []), [catalogue, lab]);
}

export function useRunOverlays(metric: OverlayMetric): RunOverlays {
  const runs = useLab(selectKeptRuns);
  const slots = useLab(selectOverlaySlots);
  const titles = usePresetTitles();
  const t = useT();
  return useMemo(() => {
    const chosen = slots.flatMap((id, slot) => {
      const run = runs.find((kept) => kept.id === id);
      return run ? [{ run, slot }] : [];
    });
    // The legend names what tells the overlaid runs apart.
    const differing = differingSettings(chosen.map(({ run }) => run.config));
    const named = (run: KeptRun, start: string) => [start, differingText(run, differing, t)].filter(Boolean).join(' · ');
    return {
      title: metric === 'returns' ? t.runs.returnLegend : t.runs.lossLegend,
      lines: chosen.map(({ run, slot }) => ({
        ...OVERLAY_STYLES[slot],
        name: named(run, runName(run, titles, t.runs)),
        label: named(run, t.runs.runNumber(run.number)),
        series: metric === 'returns' ? run.returns : run.loss,
      })),
    };
  }, [runs, slots, titles, t, metric]);
}
