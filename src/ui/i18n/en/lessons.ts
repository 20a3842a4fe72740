// The guided lessons page in English: the page's own words (each lesson's question, choices and
// explanations are in its description, src/lessons/catalog/). Each zh/lessons.ts must have the same shape.

export const lessons = {
  pageLabel: 'Lessons',
  pageSummary: 'predict what a run will show, watch it, and check your prediction against what it measured',
  loadingPage: 'Loading the lessons…',
  title: 'Guided lessons',
  intro:
    'Each lesson asks a question about two agents that train side by side on the same shoppers. Predict the answer first, then watch the run: it pauses at the moments worth noticing, and at the end your prediction is checked against what this run measured.',
  listRegion: 'Lessons',
  openLesson: (title: string) => `Open the lesson: ${title}`,
  allLessons: 'All lessons',
  lessonOf: (index: number, count: number) => `Lesson ${index} of ${count}`,
  unknownLesson: (given: string) => `The link names a lesson the lab does not have ("${given}"): here are the lessons it has.`,
  badLessonName: (given: string) => `"${given}" cannot be the name of a lesson: here are the lessons the lab has.`,
  badSteps: (given: string, min: string, max: string) => `The link's steps budget "${given}" was not used: a lesson runs a whole number of steps from ${min} to ${max}. The lesson runs its own budget.`,
  shortBudget: (steps: string, own: string) =>
    `This link runs ${steps} steps instead of the lesson's ${own}: the run shows what that budget shows, and the check measures this run, which may not be what the lesson was measured on.`,

  questionHeading: 'The question',
  sides: (a: string, b: string) => `A: ${a} · B: ${b}, on the same seeds (the same shoppers, coin flips and initial weights).`,
  predictionLegend: 'Your prediction, before the run',
  predictionHint: 'Choose one to start the run.',
  predicted: (choice: string) => `You predicted: ${choice}`,
  changePrediction: 'Change my prediction',

  runRegion: 'The run',
  run: 'Run',
  pause: 'Pause',
  resume: 'Resume',
  runAgain: 'Run again from step 0',
  runNeedsPrediction: 'Make a prediction first: the run starts after it.',
  starting: 'Starting both training workers…',
  sideSteps: (side: string) => `${side} environment steps`,
  stepsOf: (step: string, total: string) => `${step} of ${total}`,
  sideStatus: (side: string) => `${side} status`,
  chartsRegion: 'The run\'s charts',
  qChart: 'Mean Q-value of the actions taken',
  qCaption: 'What each side\'s network predicts the rest of a session is worth, for the items it recommends. A whole session earns a few units at most.',
  qAxis: 'Q-value (reward units)',

  calloutRegion: 'What just happened',
  calloutAt: (step: string) => `At step ${step}`,
  calloutChart: (chart: string) => `Look at the chart “${chart}”.`,
  continue: 'Continue',

  checkRegion: 'The check',
  checkHeading: 'Your prediction against this run',
  measuredLabel: 'This run measured',
  predictedLabel: 'You predicted',
  right: 'Your prediction matches what this run measured.',
  wrong: 'This run measured something else than you predicted.',
  notMeasurable: 'This run ended with too few greedy evaluations to measure a steady figure: run it again with its own budget.',
  stopped: 'A side stopped before its budget was spent, so this run cannot be checked. Run it again from step 0.',
  figuresHeading: 'The figures it was measured from',
  whyHeading: 'Why',
  ruleHeading: 'How the check decides',
  readingHeading: 'Read more',
  faqHeading: 'From the lab\'s FAQ',
  continueInLab: 'Continue side A in the full lab',
  openInCompare: 'Open this pair on the compare page',
  nextLesson: (title: string) => `Next lesson: ${title}`,
};

export type LessonsMessages = typeof lessons;
