// The route table: a page is one line here, chosen by `?page=<id>`; the first line is the default page.
import { LazyAbPage, loadAbPage } from '../ab/LazyAbPage';
import { LazyBoardPage, loadBoardPage } from '../board/LazyBoardPage';
import { LazyLabPage, loadLabPage } from '../lab/LazyLabPage';
import { LazyLessonsPage, loadLessonsPage } from '../lessons/LazyLessonsPage';
import { PlayPage } from '../play/PlayPage';
import type { PageRoute } from './routing';

export const PAGES: readonly PageRoute[] = [
  { id: 'play', label: (t) => t.app.pagePlay, summary: (t) => t.app.pageSummaries.play, Component: PlayPage },
  { id: 'train', label: (t) => t.app.pageTrain, summary: (t) => t.app.pageSummaries.train, Component: LazyLabPage, preload: loadLabPage },
  { id: 'compare', label: (t) => t.app.pageCompare, summary: (t) => t.app.pageSummaries.compare, Component: LazyAbPage, preload: loadAbPage },
  { id: 'lessons', label: (t) => t.lessons.pageLabel, summary: (t) => t.lessons.pageSummary, Component: LazyLessonsPage, preload: loadLessonsPage },
  { id: 'board', label: (t) => t.board.nav, summary: (t) => t.board.summary, Component: LazyBoardPage, preload: loadBoardPage },
];
