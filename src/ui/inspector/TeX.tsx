// Mathematics for the inspector and the explanations. KaTeX loads on demand (KatexTeX.tsx), fetched as soon as
// the page is idle, so it is usually there before the first formula is; until it is, the formula's source
// stands in its place in the same box, so no text goes missing and nothing jumps.
import { Suspense, lazy } from 'react';

export interface TeXProps {
  math: string;
  /** A centred display formula rather than inline text. */
  block?: boolean;
  label?: string;
}

const KatexTeX = lazy(() => import('./KatexTeX'));

/** Starts fetching KaTeX without waiting for a formula to need it. */
export const prefetchTeX = (): Promise<unknown> => import('./KatexTeX');

export function TeX(props: TeXProps) {
  const { math, block = false, label } = props;
  const Tag = block ? 'div' : 'span';
  const source = (
    <Tag className={block ? 'tex tex--block tex--source' : 'tex tex--source'} role={label ? 'group' : undefined} aria-label={label}>
      {math}
    </Tag>
  );
  return (
    <Suspense fallback={source}>
      <KatexTeX {...props} />
    </Suspense>
  );
}

/** Text with inline mathematics between dollar signs, e.g. "the discount $\\gamma$ weighs the future". */
export function WithMath({ text }: { text: string }) {
  const parts = text.split('$');
  return (
    <>
      {parts.map((part, index) => (index % 2 === 1 ? <TeX key={index} math={part} /> : <span key={index}>{part}</span>))}
    </>
  );
}
