// The Chinese catalog, one line per area, in the English one's shape (the type says so): fetched only when
// the page is in Chinese, so an English reader never downloads it.
import type { Messages } from '../messages';
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

export const zh: Messages = {
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
