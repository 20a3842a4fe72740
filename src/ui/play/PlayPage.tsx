// "Play it yourself": the student is the recommender for one seeded shopper, before any agent exists.
import { ItemGrid } from '../catalog/ItemGrid';
import { useT } from '../i18n/language-store';
import { Comparison } from '../session/Comparison';
import { ObservationPanel } from '../session/ObservationPanel';
import { Scoreboard } from '../session/Scoreboard';
import { StepLog } from '../session/StepLog';
import '../session/session.css';
import { HiddenShopper } from '../shopper/HiddenShopper';
import { ReplayPanel } from './replay/ReplayPanel';
import { SeedNotice } from './SeedNotice';
import { SessionToolbar } from './SessionToolbar';
import './play.css';
import { usePlayUrl } from './use-play-url';

export function PlayPage() {
  usePlayUrl();
  const t = useT().play;
  return (
    <div className="play-page">
      <header className="page-intro">
        <h1>{t.heading}</h1>
        <p>{t.intro}</p>
      </header>
      <SeedNotice />
      <SessionToolbar />
      <Scoreboard />
      <Comparison />
      <ReplayPanel />
      <div className="play-page__layout">
        <div className="play-page__main">
          <ItemGrid />
          <StepLog />
        </div>
        <aside className="play-page__side" aria-label={t.sideRegion}>
          <HiddenShopper />
          <ObservationPanel />
        </aside>
      </div>
    </div>
  );
}
