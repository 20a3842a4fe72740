// One explanation, folded next to what it explains; FAQ and further reading as their own panels.
import { useState } from 'react';
import { FURTHER_READING, type Explanation } from '../i18n/en/explanations';
import { useT } from '../i18n/language-store';
import { WithMath } from './TeX';
import './inspector.css';

/** The paragraphs are drawn once the reader opens it: their formulas are what first needs KaTeX, which loads on demand. */
export function Explainer({ explanation }: { explanation: Explanation }) {
  const [opened, setOpened] = useState(false);
  return (
    <details className="explainer" onToggle={(event) => setOpened((was) => was || event.currentTarget.open)}>
      <summary>{explanation.title}</summary>
      {opened &&
        explanation.paragraphs.map((paragraph) => (
          <p key={paragraph}>
            <WithMath text={paragraph} />
          </p>
        ))}
    </details>
  );
}

export function KnobExplanation() {
  const t = useT();
  return (
    <div className="panel">
      <Explainer explanation={t.explanations.topics.knobs} />
    </div>
  );
}

export function FaqPanel() {
  const t = useT();
  return (
    <section className="panel faq" aria-labelledby="faq-title">
      <h2 id="faq-title">{t.inspector.faqTitle}</h2>
      {t.explanations.faq.map((entry) => (
        <Explainer key={entry.title} explanation={entry} />
      ))}
    </section>
  );
}

export function FurtherReading() {
  const t = useT();
  return (
    <section className="panel further-reading" aria-labelledby="reading-title">
      <h2 id="reading-title">{t.inspector.readingTitle}</h2>
      <ReadingList readings={FURTHER_READING} />
    </section>
  );
}

/** Citations with a line each on why to read them (the inspector's further reading, a lesson's). */
export function ReadingList({ readings }: { readings: ReadonlyArray<(typeof FURTHER_READING)[number]> }) {
  const t = useT();
  return (
    <ul>
      {readings.map((reading) => (
        <li key={reading.url}>
          <a href={reading.url} target="_blank" rel="noreferrer">
            {reading.citation}
          </a>{' '}
          <span className="muted">{t.explanations.reading[reading.id]}</span>
        </li>
      ))}
    </ul>
  );
}
