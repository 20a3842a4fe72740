// "Train the agent": start the training worker, turn the knobs, and watch learning in charts and one live shopper.
import { selectMarkers } from '../../store/lab-selectors';
import { useLab } from '../app/store-context';
import { useT } from '../i18n/language-store';
import { FaqPanel, FurtherReading, KnobExplanation } from '../inspector/Explainer';
import { AdvancedDrawer } from './AdvancedDrawer';
import { BackendInfo } from './BackendInfo';
import { describeKnobChange } from './charts/knob-change-words';
import { formatStep } from './charts/chart-data';
import { EvaluationScore } from './EvaluationScore';
import { AutosaveOffer } from './files/AutosaveOffer';
import { useAutosave } from './files/use-autosave';
import { KnobControls } from './KnobControls';
import { Hideable } from './lecture/Hideable';
import { LectureBar } from './lecture/LectureBar';
import { PresenterChartLook } from './lecture/PresenterChartLook';
import { LazyLabCharts } from './LazyLabCharts';
import { LazyFilesPanel, LazyInspector, LazyRunsPanel } from './LazyPanels';
import { LiveShopper } from './LiveShopper';
import { RunControls } from './RunControls';
import { RunNotice } from './RunNotice';
import { ReplacedRunNotice } from './ReplacedRunNotice';
import { SetupControls } from './SetupControls';
import { CorrectionsNotice } from './share/CorrectionsNotice';
import { RunResultCode } from './share/RunResultCode';
import { useLabLink } from './share/use-lab-link';
import { StatusBanner } from './StatusBanner';
import './lab.css';

export function LabPage() {
  useLabLink();
  useAutosave();
  const { page } = useT().lab;
  return (
    <div className="lab-page">
      <header className="page-intro">
        <h1>{page.title}</h1>
        <p>{page.intro}</p>
      </header>
      <LectureBar />
      <CorrectionsNotice />
      <StatusBanner />
      <RunNotice />
      <ReplacedRunNotice />
      <AutosaveOffer />
      <div className="lab-page__layout">
        <div className="lab-page__side">
          <RunControls />
          <SetupControls />
          <KnobControls />
          <Hideable control="explanations">
            <KnobExplanation />
          </Hideable>
          <Hideable control="advanced">
            <AdvancedDrawer />
          </Hideable>
          <Hideable control="backend">
            <BackendInfo />
          </Hideable>
          <LazyFilesPanel />
          <RunResultCode />
        </div>
        <div className="lab-page__main">
          <EvaluationScore />
          <PresenterChartLook>
            <section className="lab-page__charts" aria-label={page.chartsLabel}>
              <LazyLabCharts />
            </section>
          </PresenterChartLook>
          <Hideable control="runs">
            <LazyRunsPanel />
          </Hideable>
          <KnobChangeList />
          <LiveShopper />
          <Hideable control="inspector">
            <LazyInspector />
          </Hideable>
          <Hideable control="explanations">
            <FaqPanel />
            <FurtherReading />
          </Hideable>
        </div>
      </div>
    </div>
  );
}

function KnobChangeList() {
  const markers = useLab(selectMarkers);
  const t = useT();
  const { lab } = t;
  if (markers.length === 0) return null;
  return (
    <section className="panel" aria-label={lab.page.knobChangesLabel}>
      <h2>{lab.page.knobChangesTitle}</h2>
      <ul className="knob-changes">
        {markers.map((change, index) => (
          <li key={`${change.step}-${index}`}>{lab.page.knobChange(formatStep(change.step), describeKnobChange(change, t))}</li>
        ))}
      </ul>
    </section>
  );
}
