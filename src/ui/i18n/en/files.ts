// The files strings in English: export and import, autosave and its offer, chart pictures, and why a
// model file was refused. Each zh/files.ts must have the same shape (the type checker says so).

export const files = {
  heading: 'Export and import',
  metrics: 'Metrics',
  metricsHelp: 'Every record the run holds: one CSV per table for a spreadsheet, or all of them as JSON with the config.',
  tables: { sessions: 'Sessions', updates: 'Updates', probes: 'Probe Q', evaluations: 'Evaluations', knobChanges: 'Knob changes' },
  tableCsv: (table: string) => `${table} CSV`,
  allJson: 'All metrics JSON',
  model: 'Model',
  modelHelp: 'The network and everything needed to train on, in one file. Load it again here to continue training or to evaluate it.',
  includeReplay: (size: string) => `Include the replay memory (${size}; without it, learning resumes once the memory refills)`,
  download: 'Download model',
  loadLabel: 'Load a model file',
  load: 'Load a model file…',
  evaluate: 'Evaluate now',
  dismissLabel: 'Dismiss the file message',
  autosaveLabel: 'Autosave',
  autosaved: (step: string) => `Autosaved at step ${step}: offered back after a reload.`,
  autosaveIdle: 'The run is saved in this browser as it trains, and offered back after a reload.',
  autosaveProblem: {
    unavailable: (detail: string) => `Autosave is off in this browser window (${detail}): download the model to keep a run.`,
    withoutReplay: 'Autosave keeps the network but not the replay memory: this browser gave it too little room.',
    refused: (detail: string) => `Autosave is off: this browser would not store the run (${detail}). Download the model to keep it.`,
  },
  offer: {
    region: 'Saved run',
    question: (run: string, age: string, step: string) => `Resume the “${run}” run saved ${age}, at step ${step}?`,
    /** A run saved before saves named their preset. */
    questionUnnamed: (age: string, step: string) => `Resume the run from ${age} at step ${step}?`,
    replaced: 'A new run replaces it at its first autosave, a few seconds after it starts training.',
    resume: 'Resume',
    discard: 'Discard',
  },
  age: {
    day: (count: number) => `${count} day${count === 1 ? '' : 's'} ago`,
    hour: (count: number) => `${count} hour${count === 1 ? '' : 's'} ago`,
    minute: (count: number) => `${count} minute${count === 1 ? '' : 's'} ago`,
    now: 'just now',
  },
  png: {
    button: 'PNG',
    label: (title: string) => `Download the ${title} chart as PNG`,
    problems: {
      'no-data': 'the chart has no data to draw yet',
      'not-drawn': 'the chart could not be drawn as an image',
      'no-canvas': 'this browser cannot draw on a canvas',
      'not-encoded': 'the image could not be encoded',
    },
  },
  messages: {
    loaded: (saved: string, step: string) => `Loaded the run saved ${saved} at step ${step}. Press Play to train on, or evaluate it now.`,
    evaluated: (step: string, meanReturn: string, percent: string) => `Greedy evaluation at step ${step}: mean return ${meanReturn} (${percent}% of oracle).`,
    nothingToExport: 'There is no run to export yet.',
    failed: (detail: string) => `Something went wrong: ${detail}`,
  },
  refused: (why: string) => `This file cannot be loaded: ${why}.`,
  /** Why, by FileProblem code (src/engine/file-problem.ts). */
  problems: {
    tooLarge: (size: string, limit: string) => `it is ${size}, larger than any lab file can be (${limit})`,
    notLabFile: 'it is not a Q-Shop Lab file (it does not start with "QSHOPLAB")',
    containerVersion: (version: string, supported: string) => `it is a version ${version} file; this lab reads version ${supported}`,
    truncated: (bytes: string, expected: string) => `it is truncated: ${bytes} of ${expected} bytes`,
    trailingBytes: (extra: string) => `it has ${extra} bytes after its end`,
    checksum: 'it is corrupt: its checksum does not match its contents',
    notModelFile: (format: string) => `it is not a model file (its format is "${format}")`,
    modelVersion: (version: string, supported: string) => `it is a version ${version} model file; this lab reads version ${supported}`,
    unreadable: (part: string) => `its ${part} is missing or unreadable`,
    badValue: (field: string) => `its ${field} holds a value no run can have`,
    notFinite: (array: string) => `its ${array} holds a value that is not a finite number`,
    unknownItem: (array: string) => `its ${array} name an item outside the catalogue`,
    omitsOtherArrays: 'it leaves out arrays other than the replay memory',
  },
  /** Why, by CheckpointRefusal code (src/contracts/checkpoint-refusal.ts). */
  checkpoint: {
    agentKinds: { deepQNetwork: 'DQN', tabularQLearning: 'tabular', referencePolicy: 'reference-policy' } as Record<string, string>,
    wrongKind: (saved: string, expected: string) => `it is a ${saved} checkpoint, not a ${expected} one`,
    wrongSignature: (saved: string, expected: string) => `it was saved by "${saved}", this agent is "${expected}"`,
    missingArray: (name: string) => `the checkpoint has no ${name}`,
    arrayLength: (name: string, length: string, expected: string) => `${name} holds ${length} numbers, expected ${expected}`,
    missingCounter: (name: string) => `the checkpoint has no ${name}`,
    counterRange: (name: string, value: string) => `its ${name} of ${value} does not fit`,
    noRandomState: 'the checkpoint has no random stream states',
    roundState: 'its round state does not match this run',
    envState: "its shoppers' state does not match this run",
    envShopperCount: "its count of shoppers served does not fit its shoppers' state",
    envInconsistent: (field: string, slot: string) => `its shoppers' state does not add up: ${field} of the shopper in slot ${slot} is not a value this run could reach`,
  },
  /** Why, by FileRefusal code (src/contracts/protocol.ts). */
  refusals: {
    linkSettings: (key: string, reason: string) => `its settings are not ones this lab runs (${key} ${reason})`,
    notALink: 'its settings are not a lab link',
    omitsUnknown: (name: string) => `it leaves out ${name}, which this agent does not have`,
    networkNotFinite: 'its network holds values that are not finite numbers',
    replaced: 'the run was replaced while the file loaded',
    unexpected: (detail: string) => `loading it failed (${detail})`,
  },
  /** Why the run kept in this browser could not be loaded (a clause). */
  storedRun: {
    nothingSaved: 'nothing is kept in this browser any more',
    anotherRun: 'this browser now keeps another run in its place',
    parts: { meta: 'its description', core: 'its network and settings', metrics: 'its metric history' },
    unreadable: (part: string) => `${part} could not be read back`,
    chunkProblems: { missing: 'is missing', stale: 'is from another save', malformed: 'is damaged' },
    replayChunk: (number: string, problem: string) => `part ${number} of its replay memory ${problem}`,
    storage: (detail: string) => `the browser's storage failed (${detail})`,
  },
};

export type FilesMessages = typeof files;
