// "Play it yourself": the student is the recommender for one seeded shopper, before any agent exists.
import { ItemGrid } from '../catalog/ItemGrid';
import { Comparison } from '../session/Comparison';
import { ObservationPanel } from '../session/ObservationPanel';
import { Scoreboard } from '../session/Scoreboard';
import { StepLog } from '../session/StepLog';
import '../session/session.css';
import { HiddenShopper } from '../shopper/HiddenShopper';
import { SeedNotice } from './SeedNotice';
import { SessionToolbar } from './SessionToolbar';
import './play.css';
import { usePlayUrl } from './use-play-url';

export function PlayPage() {
  usePlayUrl();
  return (
    <div className="play-page">
      <header className="page-intro">
        <h1>Play it yourself</h1>
        <p>
          You are the recommender. Each step, show this shopper one item: they may ignore it, click it, or buy it. Your goal
          is the largest total reward for the whole session, and trust matters: a shopper who stops trusting you leaves.
        </p>
      </header>
      <SeedNotice />
      <SessionToolbar />
      <Scoreboard />
      <Comparison />
      <div className="play-page__layout">
        <div className="play-page__main">
          <ItemGrid />
          <StepLog />
        </div>
        <aside className="play-page__side" aria-label="Shopper and agent view">
          <HiddenShopper />
          <ObservationPanel />
        </aside>
      </div>
    </div>
  );
}
