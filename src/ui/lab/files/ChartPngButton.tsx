// The "PNG" button on a chart's frame: downloads the chart as a titled picture on white.
import { useState, type RefObject } from 'react';
import { useT } from '../../i18n/language-store';
import { ChartPngError, chartPng, fileSlug, type ChartPngProblem } from './chart-png';
import { downloadBlob } from './download';

export function ChartPngButton({ figure, title }: { figure: RefObject<HTMLElement | null>; title: string }) {
  const TEXT = useT().files.png;
  /** A known problem by its code, else the error's own message. */
  const [problem, setProblem] = useState<ChartPngProblem | string | null>(null);
  const save = async () => {
    if (!figure.current) return;
    try {
      setProblem(null);
      downloadBlob(await chartPng(figure.current, title), `q-shop-lab-${fileSlug(title)}.png`);
    } catch (error) {
      setProblem(error instanceof ChartPngError ? error.problem : error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <span className="chart-png">
      <button type="button" className="button button--small" onClick={() => void save()} aria-label={TEXT.label(title)}>
        {TEXT.button}
      </button>
      {problem && (
        <span role="alert" className="chart-png__problem">
          {Object.hasOwn(TEXT.problems, problem) ? TEXT.problems[problem as ChartPngProblem] : problem}
        </span>
      )}
    </span>
  );
}
