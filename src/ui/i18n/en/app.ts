// The app shell in English: header, navigation, footer, language picker.

export const app = {
  title: 'Q-Shop Lab',
  skipToContent: 'Skip to content',
  pagesNav: 'Pages',
  pagePlay: 'Play it yourself',
  pageTrain: 'Train the agent',
  pageCompare: 'Compare A/B',
  /** The landing page's one line about the lab's pages, each named with what it is for. */
  pageGuide: (count: number) => `This lab has ${count} pages: `,
  pageGuideHere: (summary: string) => ` (this page: ${summary})`,
  pageGuideSummary: (summary: string) => ` (${summary})`,
  pageGuideEnd: '.',
  pageSummaries: {
    play: 'you are the recommender',
    train: 'a Deep Q-Network learns the same job',
    compare: 'two settings train side by side',
  },
  pageGuideSeparator: '; ',
  footer: 'Q-Shop Lab · a synthetic shopper, seeded and reproducible · nothing leaves your browser',
  languageLabel: 'Language',
  unknownLanguage: (given: string) => `The link asks for language "${given}", which the lab does not have; it is shown in English and Chinese only.`,
  dismiss: 'Dismiss',
  /** While another language's words are fetched (the page keeps its words until they arrive). */
  languageLoading: (name: string) => `Loading ${name}…`,
  languageFailed: (name: string, current: string) => `The ${name} words could not be fetched (the connection may have dropped), so the page stays in ${current}. Reload the page to try again.`,
};

export type AppMessages = typeof app;
