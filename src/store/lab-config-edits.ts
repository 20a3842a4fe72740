// The lab config edits moved to src/preset/config-edits.ts (the compare page's setup, in src/preset, uses
// them too); this name stays for the importers that have not moved yet.
export { lowerLearningRate, withExplorationSchedule, withField, withKnob } from '../preset/config-edits';
