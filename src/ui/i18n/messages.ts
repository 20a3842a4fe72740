// Every string the lab shows, per language. A catalog is one typed object per area of the page; the
// Chinese catalog must have the English one's shape, so a string missing in one language is a type error,
// and strings with numbers in them are functions, so each language orders its words its own way.
import type { Language } from './language';
import { ab as enAb } from './en/ab';
import { app as enApp } from './en/app';
import { charts as enCharts } from './en/charts';
import { explanations as enExplanations } from './en/explanations';
import { files as enFiles } from './en/files';
import { inspector as enInspector } from './en/inspector';
import { lab as enLab } from './en/lab';
import { lessons as enLessons } from './en/lessons';
import { notices as enNotices } from './en/notices';
import { play as enPlay } from './en/play';
import { runs as enRuns } from './en/runs';
import { share as enShare } from './en/share';
import { ab as zhAb } from './zh/ab';
import { app as zhApp } from './zh/app';
import { charts as zhCharts } from './zh/charts';
import { explanations as zhExplanations } from './zh/explanations';
import { files as zhFiles } from './zh/files';
import { inspector as zhInspector } from './zh/inspector';
import { lab as zhLab } from './zh/lab';
import { lessons as zhLessons } from './zh/lessons';
import { notices as zhNotices } from './zh/notices';
import { play as zhPlay } from './zh/play';
import { runs as zhRuns } from './zh/runs';
import { share as zhShare } from './zh/share';

const EN = {
  ab: enAb,
  app: enApp,
  charts: enCharts,
  explanations: enExplanations,
  files: enFiles,
  inspector: enInspector,
  lab: enLab,
  lessons: enLessons,
  notices: enNotices,
  play: enPlay,
  runs: enRuns,
  share: enShare,
};

export type Messages = typeof EN;

const ZH: Messages = {
  ab: zhAb,
  app: zhApp,
  charts: zhCharts,
  explanations: zhExplanations,
  files: zhFiles,
  inspector: zhInspector,
  lab: zhLab,
  lessons: zhLessons,
  notices: zhNotices,
  play: zhPlay,
  runs: zhRuns,
  share: zhShare,
};

export const MESSAGES: Readonly<Record<Language, Messages>> = { en: EN, zh: ZH };
