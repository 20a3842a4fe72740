// The charts load after the lab has started; until they are drawn, each chart's frame stands in its place with
// its title, its caption and the plot's height, saying the chart is loading, so nothing moves when they arrive.
import { lazy, useId } from 'react';
import type { Messages } from '../i18n/messages';
import { useT } from '../i18n/language-store';
import { AfterStart } from './AfterStart';

const LabCharts = lazy(async () => ({ default: (await import('./LabCharts')).LabCharts }));

/** The charts' titles and captions, in LabCharts' order (the Q-value bars' caption without the followed choice). */
function chartFrames({ charts }: Messages): readonly { title: string; caption: string }[] {
  return [charts.sessionReturn, charts.loss, charts.qValues, charts.exploration, charts.shares, charts.sessionLength, { title: charts.qBars.title, caption: charts.qBars.caption('').trim() }];
}

export function LazyLabCharts() {
  const t = useT();
  const placeholder = (
    <>
      {chartFrames(t).map((frame) => (
        <ChartPlaceholder key={frame.title} title={frame.title} caption={frame.caption} loading={t.charts.loadingChart} />
      ))}
    </>
  );
  return (
    <AfterStart placeholder={placeholder}>
      <LabCharts />
    </AfterStart>
  );
}

/** The frame ChartFrame draws, without a plot (the same classes, so the same size). */
function ChartPlaceholder({ title, caption, loading }: { title: string; caption: string; loading: string }) {
  const titleId = useId();
  return (
    <figure className="chart-frame" aria-labelledby={titleId} aria-busy="true" data-points={0}>
      <div className="chart-frame__head">
        <h3 id={titleId} className="chart-frame__title">
          {title}
        </h3>
      </div>
      <div className="chart-frame__plot">
        <p className="chart-frame__empty">{loading}</p>
      </div>
      <figcaption className="chart-frame__caption">{caption}</figcaption>
    </figure>
  );
}
