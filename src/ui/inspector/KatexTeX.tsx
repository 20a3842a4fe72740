// Mathematics rendered by KaTeX into HTML for the eye and MathML for screen readers (no fonts or scripts from
// elsewhere). Loaded on demand by TeX.tsx: KaTeX is a fifth of the training page's JavaScript and no formula
// shows before a student steps or opens an explanation.
import katex from 'katex';
import 'katex/dist/katex.min.css';
import { useMemo } from 'react';
import type { TeXProps } from './TeX';

export default function KatexTeX({ math, block = false, label }: TeXProps) {
  const html = useMemo(() => katex.renderToString(math, { displayMode: block, throwOnError: false, output: 'htmlAndMathml', strict: 'ignore' }), [math, block]);
  const Tag = block ? 'div' : 'span';
  // KaTeX escapes its input; the formulas are the lab's own strings with numbers put in.
  return <Tag className={block ? 'tex tex--block' : 'tex'} role={label ? 'group' : undefined} aria-label={label} dangerouslySetInnerHTML={{ __html: html }} />;
}
