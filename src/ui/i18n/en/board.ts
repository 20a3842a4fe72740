// The class board's strings in English: the board page, the reasons a code is refused, and the box that
// gives a finished lesson's or run's result code. zh/board.ts must have the same shape (the type checker says so).

export const board = {
  nav: 'Class board',
  summary: "an instructor's view of the class's result codes",
  page: {
    title: 'Class board',
    intro:
      "Paste the result codes your students send from their finished lessons and runs. The board reads them in this browser and shows the class's predictions against what the runs measured, and the spread of the runs' results. Nothing is sent anywhere.",
    loading: 'Loading the class board…',
  },
  paste: {
    label: 'Result codes (one a line; board links work too)',
    add: 'Add to the board',
    shortcut: 'Ctrl+Enter (⌘Enter on a Mac) in the field adds them too.',
    empty: 'Paste at least one code first.',
    /** After adding: how many codes were new, already on the board, and refused. */
    added: (added: number, duplicates: number, refused: number) =>
      `${added === 1 ? '1 new code' : `${added} new codes`}${refused > 0 ? `, ${refused} of them refused (see below)` : ''}${duplicates > 0 ? `; ${duplicates === 1 ? '1 was already on the board' : `${duplicates} were already on the board`} (counted once)` : ''}.`,
    /** What an opened board link did, worded as `added` words it. */
    fromLink: (added: string) => `From the link: ${added}`,
  },
  tally: {
    label: 'On the board',
    counts: (accepted: number, refused: number, duplicates: number) =>
      `${accepted === 1 ? '1 result' : `${accepted} results`} on the board${refused > 0 ? `, ${refused === 1 ? '1 code refused' : `${refused} codes refused`}` : ''}${duplicates > 0 ? `; ${duplicates === 1 ? '1 code was pasted again' : `${duplicates} codes were pasted again`} and counted once` : ''}.`,
    kept: 'The board keeps its codes in this browser until you clear it.',
    clear: 'Clear the board',
    confirm: (count: number) => (count === 1 ? 'Remove the 1 code from this board?' : `Remove all ${count} codes from this board?`),
    confirmYes: 'Yes, clear it',
    confirmNo: 'Keep them',
    cleared: 'The board is empty.',
    empty: 'No codes yet. Paste the codes your students send, or open a board link.',
  },
  refused: {
    heading: 'Codes refused',
    intro: 'These codes are not on the board. Ask the student to copy the code again from the lab.',
    code: 'Code',
    reason: 'Why',
    notACode: 'This is not a result code: codes start with QSL and a version number.',
    unknownVersion: (version: string) => `This is a result code of version ${version}, which this version of the lab cannot read.`,
    characters: 'The code holds characters no code has (a space or punctuation inside it): it was altered or broken in the copy.',
    incomplete: 'The code is incomplete: part of it is missing, or characters were added.',
    altered: "The code was altered: its checksum does not match what it says.",
    unreadable: 'The code is checksummed but holds no result this lab writes.',
    outOfRange: {
      lesson: "The lesson's name in the code is not one a lesson can have.",
      choice: 'A choice in the code is not one a lesson can have.',
      figures: "The lesson's measured figures in the code are not numbers a run gives.",
      seed: 'The seed in the code is not a seed the lab uses.',
      steps: 'The number of training steps in the code is not a whole number of steps.',
      percent: 'A score in the code is far beyond anything a run can measure.',
      preset: 'The preset in the code is not one of this lab.',
      settings: 'The settings in the code are not a lab link.',
    },
    inconsistent: {
      'settings-corrected': 'The settings in the code are not ones the lab takes as written: it would correct them.',
      'settings-rewritten': 'The settings in the code are not written as the lab writes a run (they were edited).',
      preset: 'The code names one preset and its settings another.',
      seed: 'The code names one training seed and its settings another.',
      'steady-range': "The code's steady figure is outside its own lowest and highest evaluations.",
    },
    lesson: {
      unknownChoice: (choice: string) => `The lesson has no answer “${choice}”.`,
      missingFigure: (figure: string) => `The code lacks the figure “${figure}” the lesson measures its outcome from.`,
      measuredDisagrees: (measured: string, recomputed: string) =>
        `The code says the run measured “${measured}”, but its own figures give “${recomputed}” by the lesson's rule: it was edited.`,
    },
  },
  lessons: {
    heading: 'Lessons: what the class predicted, and what the runs measured',
    unknownLesson: 'Lesson not in this version of the lab',
    unknownChoice: (choice: string) => `an answer this version of the lab does not know (“${choice}”)`,
    results: (count: number) => (count === 1 ? '1 student' : `${count} students`),
    right: (right: number, total: number) => `${right} of ${total} predicted what their run measured.`,
    tableLabel: (title: string) => `${title}: predictions against measured outcomes`,
    corner: 'Predicted (rows) · measured (columns)',
    predicted: (label: string) => `Predicted: ${label}`,
    total: 'Total',
  },
  runs: {
    heading: 'Runs: the spread of results',
    intro: "Each run's % of the oracle: its steady figure (the mean of the last half of its evaluations) where it has one, else its latest evaluation.",
    chartTitle: 'Runs by % of the oracle, per preset',
    chartLabel: (summary: string) => `Histogram of the runs' % of the oracle. ${summary}`,
    axisPercent: '% of the oracle',
    axisRuns: 'Runs',
    bin: (low: number, high: number) => `${low}–${high}%`,
    tableLabel: 'Runs per preset: count, median and range',
    preset: 'Preset',
    count: 'Runs',
    median: 'Median',
    range: 'Range',
    steadyShare: 'With a steady figure',
    percent: (value: string) => `${value}%`,
    rangeText: (low: string, high: string) => `${low}% to ${high}%`,
    ofRuns: (count: number, total: number) => `${count} of ${total}`,
    presetSummary: (preset: string, count: number, median: string) => `${preset}: ${count === 1 ? '1 run' : `${count} runs`}, median ${median}%.`,
  },
  box: {
    heading: 'Result code for the class board',
    intro: 'Send this code, or the link, to your instructor: the class board reads it in their browser, without any server.',
    code: 'Result code',
    copyCode: 'Copy code',
    link: 'Board link',
    copyLink: 'Copy link',
    copied: 'Copied.',
    notCopiedInsecure: 'Not copied: browsers allow copying only on a secure (https) address. The text is selected: press Ctrl+C (⌘C on a Mac).',
    notCopiedRefused: 'Not copied: the browser refused access to the clipboard. The text is selected: press Ctrl+C (⌘C on a Mac).',
    open: 'Open it in the class board',
    cannot: (reason: string) => `This result cannot be given as a code: ${reason}`,
  },
  run: {
    waiting: 'A result code is ready once the run is paused or finished, after its first evaluation.',
    knobsTurned: "Knobs were turned during this run: the code's settings are the ones it started with, and its figures are the run's as it went.",
    steady: (percent: string, steps: string) => `The code carries this run's settings, its seed, its ${steps} steps and its steady figure: ${percent}% of the oracle.`,
    latest: (percent: string, steps: string) => `The code carries this run's settings, its seed, its ${steps} steps and its latest evaluation: ${percent}% of the oracle (no steady figure yet).`,
  },
};

export type BoardMessages = typeof board;
