// A chart's frame: a titled figure with a one-line explanation; data-points lets tests see it fill.
import type { ReactNode } from 'react';
import { useId, useRef } from 'react';
import { useT } from '../../i18n/language-store';
import { ChartPngButton } from '../files/ChartPngButton';

interface ChartFrameProps {
  title: string;
  /** One sentence: what to look for. */
  caption: string;
  points: number;
  /** Said instead of "Waiting for data…" when this run will never draw the chart (e.g. no gradient updates). */
  emptyText?: string;
  actions?: ReactNode;
  children: ReactNode;
}

export function ChartFrame({ title, caption, points, emptyText, actions, children }: ChartFrameProps) {
  const titleId = useId();
  const figure = useRef<HTMLElement>(null);
  const { charts } = useT();
  return (
    <figure ref={figure} className="chart-frame" aria-labelledby={titleId} data-points={points}>
      <div className="chart-frame__head">
        <h3 id={titleId} className="chart-frame__title">
          {title}
        </h3>
        {actions}
        {points > 0 && <ChartPngButton figure={figure} title={title} />}
      </div>
      <div className="chart-frame__plot">{points > 0 ? children : <p className="chart-frame__empty">{emptyText ?? charts.waiting}</p>}</div>
      <figcaption className="chart-frame__caption">{caption}</figcaption>
    </figure>
  );
}
