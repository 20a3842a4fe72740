// The English catalog, one line per area of the page. English is the lab's fallback and loads with the page
// itself (src/ui/i18n/language-store.ts); each other language is its own chunk, fetched when chosen.
// A new area: one import and one line here, the same in zh/index.ts.
import { ab } from './ab';
import { app } from './app';
import { board } from './board';
import { charts } from './charts';
import { explanations } from './explanations';
import { files } from './files';
import { inspector } from './inspector';
import { lab } from './lab';
import { lessons } from './lessons';
import { notices } from './notices';
import { play } from './play';
import { replay } from './replay';
import { runs } from './runs';
import { share } from './share';

export const en = {
  ab,
  app,
  board,
  charts,
  explanations,
  files,
  inspector,
  lab,
  lessons,
  notices,
  play,
  replay,
  runs,
  share,
};
