// "Compare A/B": two configurations train side by side on the same seeds, one control for both, and
// both curves live on shared charts; the address bar is a link that reopens the same comparison.
import { useMemo } from 'react';
import { abDifferences } from '../../preset/ab-setup';
import { selectAbActions, selectAbPausedTrainingPage, selectAbSetup } from '../../store/ab-selectors';
import { LOCKSTEP_LEAD_STEPS } from '../../store/ab-slice';
import { useLab } from '../app/store-context';
import { useT } from '../i18n/language-store';
import { formatStep } from '../lab/charts/chart-data';
import { LinkCorrections } from '../lab/share/CorrectionsNotice';
import { AbCharts } from './AbCharts';
import { AbLesson } from './AbLesson';
import { AbRunPanel } from './AbRunPanel';
import { AbSetupPanel } from './AbSetupPanel';
import { SideBySide } from './SideBySide';
import { differencesLine } from './ab-text';
import { useAbLink } from './use-ab-link';
import '../lab/lab.css';
import './ab.css';

export function AbPage() {
  const t = useT();
  const link = useAbLink();
  return (
    <div className="ab-page">
      <header className="page-intro">
        <h1>{t.ab.title}</h1>
        <p>{t.ab.intro}</p>
      </header>
      <LinkCorrections corrections={link.corrections} onDismiss={link.dismissCorrections} />
      <TrainingPageNotice />
      <Differences />
      <AbLesson />
      <div className="lab-page__layout ab-page__layout">
        <div className="lab-page__main">
          <AbRunPanel />
          <AbCharts />
          <SideBySide />
        </div>
        <div className="lab-page__side">
          <AbSetupPanel />
          <section className="panel ab-fairness">
            <p>{t.ab.sameSeeds}</p>
            <p>{t.ab.fairness(formatStep(LOCKSTEP_LEAD_STEPS))}</p>
            <p className="muted">{t.ab.linkNote}</p>
          </section>
        </div>
      </div>
    </div>
  );
}

/** "B differs: γ 0 → 0.99 · n-step return length 1 → 3", for the comparison that runs. */
function Differences() {
  const t = useT();
  const setup = useLab(selectAbSetup);
  const differences = useMemo(() => (setup ? abDifferences(setup.a.config, setup.b.config) : null), [setup]);
  if (!differences) return null;
  return (
    <p className="ab-differences" role="note" aria-label={t.ab.differencesRegion}>
      {differencesLine(t, differences, setup ? { a: setup.a.config, b: setup.b.config } : undefined)}
    </p>
  );
}

function TrainingPageNotice() {
  const t = useT();
  const paused = useLab(selectAbPausedTrainingPage);
  const { dismissTrainingPageNotice } = useLab(selectAbActions);
  if (!paused) return null;
  return (
    <p className="notice" role="status">
      <span className="notice__text">{t.ab.trainingPagePaused}</span>
      <button type="button" className="button button--quiet" onClick={dismissTrainingPageNotice}>
        {t.app.dismiss}
      </button>
    </p>
  );
}
