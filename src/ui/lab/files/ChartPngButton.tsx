// The "PNG" button on a chart's frame: downloads the chart as a titled picture on white.
import { useState, type RefObject } from 'react';
import { chartPng, fileSlug } from './chart-png';
import { downloadBlob } from './download';

export function ChartPngButton({ figure, title }: { figure: RefObject<HTMLElement | null>; title: string }) {
  const [problem, setProblem] = useState<string | null>(null);
  const save = async () => {
    if (!figure.current) return;
    try {
      setProblem(null);
      downloadBlob(await chartPng(figure.current, title), `q-shop-lab-${fileSlug(title)}.png`);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <span className="chart-png">
      <button type="button" className="button button--small" onClick={() => void save()} aria-label={`Download the ${title} chart as PNG`}>
        PNG
      </button>
      {problem && (
        <span role="alert" className="chart-png__problem">
          {problem}
        </span>
      )}
    </span>
  );
}
