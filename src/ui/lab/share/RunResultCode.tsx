// The training page's result code for the class board: once the run is paused or finished with an
// evaluation, its code and board link (the run's settings, seed, steps and scores).
import { useMemo } from 'react';
import { selectEvaluations, selectMarkers, selectPresetName, selectRunConfig, selectRunStatus, selectRunStep } from '../../../store/lab-selectors';
import { useLab } from '../../app/store-context';
import { ResultCodeBox } from '../../board/ResultCodeBox';
import { useT } from '../../i18n/language-store';
import { formatStep } from '../charts/chart-data';
import { runResultOf } from './run-result';

export function RunResultCode() {
  const TEXT = useT().board;
  const status = useLab(selectRunStatus);
  const presetName = useLab(selectPresetName);
  const config = useLab(selectRunConfig);
  const steps = useLab(selectRunStep);
  const evaluations = useLab(selectEvaluations);
  const knobsTurned = useLab(selectMarkers).length > 0;
  const settled = status === 'paused' || status === 'finished';
  const result = useMemo(() => (settled ? runResultOf({ presetName, config, steps, evaluations }) : null), [settled, presetName, config, steps, evaluations]);
  return (
    <section className="panel run-result-code" aria-labelledby="run-result-code-title">
      <h2 id="run-result-code-title">{TEXT.box.heading}</h2>
      {result === null ? (
        <p className="muted">{TEXT.run.waiting}</p>
      ) : (
        <>
          <p>
            {result.steady
              ? TEXT.run.steady(result.steady.percentOfOracle.toFixed(1), formatStep(result.steps))
              : TEXT.run.latest(result.latestPercentOfOracle.toFixed(1), formatStep(result.steps))}
          </p>
          {knobsTurned && <p className="muted">{TEXT.run.knobsTurned}</p>}
          <ResultCodeBox result={result} />
        </>
      )}
    </section>
  );
}
