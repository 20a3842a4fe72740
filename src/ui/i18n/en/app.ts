// The app shell in English: header, navigation, footer, language picker.

export const app = {
  title: 'Q-Shop Lab',
  skipToContent: 'Skip to content',
  pagesNav: 'Pages',
  pagePlay: 'Play it yourself',
  pageTrain: 'Train the agent',
  pageCompare: 'Compare A/B',
  footer: 'Q-Shop Lab · a synthetic shopper, seeded and reproducible · nothing leaves your browser',
  languageLabel: 'Language',
  unknownLanguage: (given: string) => `The link asks for language "${given}", which the lab does not have; it is shown in English and Chinese only.`,
  dismiss: 'Dismiss',
};

export type AppMessages = typeof app;
