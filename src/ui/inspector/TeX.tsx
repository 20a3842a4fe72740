// Mathematics rendered by KaTeX into HTML for the eye and MathML for screen readers (no fonts or scripts from elsewhere).
import katex from 'katex';
import 'katex/dist/katex.min.css';
import { useMemo } from 'react';

interface TeXProps {
  math: string;
  /** A centred display formula rather than inline text. */
  block?: boolean;
  label?: string;
}

export function TeX({ math, block = false, label }: TeXProps) {
  const html = useMemo(() => katex.renderToString(math, { displayMode: block, throwOnError: false, output: 'htmlAndMathml', strict: 'ignore' }), [math, block]);
  const Tag = block ? 'div' : 'span';
  // KaTeX escapes its input; the formulas are the lab's own strings with numbers put in.
  return <Tag className={block ? 'tex tex--block' : 'tex'} role={label ? 'group' : undefined} aria-label={label} dangerouslySetInnerHTML={{ __html: html }} />;
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
