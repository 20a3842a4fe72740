// One explanation, folded next to what it explains; FAQ and further reading as their own panels.
import { EXPLANATIONS, FAQ, FURTHER_READING, type Explanation } from './explanations';
import { WithMath } from './TeX';
import './inspector.css';

export function Explainer({ explanation }: { explanation: Explanation }) {
  return (
    <details className="explainer">
      <summary>{explanation.title}</summary>
      {explanation.paragraphs.map((paragraph) => (
        <p key={paragraph}>
          <WithMath text={paragraph} />
        </p>
      ))}
    </details>
  );
}

export function KnobExplanation() {
  return (
    <div className="panel">
      <Explainer explanation={EXPLANATIONS.knobs} />
    </div>
  );
}

export function FaqPanel() {
  return (
    <section className="panel faq" aria-labelledby="faq-title">
      <h2 id="faq-title">Questions students ask</h2>
      {FAQ.map((entry) => (
        <Explainer key={entry.title} explanation={entry} />
      ))}
    </section>
  );
}

export function FurtherReading() {
  return (
    <section className="panel further-reading" aria-labelledby="reading-title">
      <h2 id="reading-title">Further reading</h2>
      <ul>
        {FURTHER_READING.map((reading) => (
          <li key={reading.url}>
            <a href={reading.url} target="_blank" rel="noreferrer">
              {reading.citation}
            </a>{' '}
            <span className="muted">{reading.why}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
