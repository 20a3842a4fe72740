// Pure edits of a lab config made by the lab's controls (knobs, advanced fields, the divergence fix), which
// the compare page's setup makes too, and the lab's reading of a fixed epsilon.

import { knobSectionOf } from '../contracts/agent-kinds';
import type { LabConfig } from '../contracts/lab-config';
import type { KnobName } from '../contracts/metrics';
import { scheduleOf, type ExplorationSchedule } from '../contracts/schedules';
import { DEFAULT_TRAINING_CONFIG } from '../contracts/training-config';

/** The config with one section field replaced. */
export function withField(config: LabConfig, section: keyof Omit<LabConfig, 'agent'>, field: string, value: unknown): LabConfig {
  return { ...config, [section]: { ...config[section], [field]: value } };
}

/** The section whose alpha and gamma the chosen agent uses. */
function knobSection(config: LabConfig) {
  return knobSectionOf(config.agent);
}

/** The config with a knob turned: alpha and gamma of the chosen agent; a fixed epsilon replaces the schedule. */
export function withKnob(config: LabConfig, knob: KnobName, value: number): LabConfig {
  if (knob === 'explorationRate') {
    return { ...config, training: { ...config.training, explorationStart: value, explorationEnd: value, explorationDecaySteps: 0 } };
  }
  return withField(config, knobSection(config), knob, value);
}

/** The config with epsilon on this decay schedule. */
export function withExplorationSchedule(config: LabConfig, schedule: ExplorationSchedule): LabConfig {
  return { ...config, training: { ...config.training, ...schedule } };
}

/** A tenth of the chosen agent's learning rate (not below the schema's 1e-5). */
export function lowerLearningRate(config: LabConfig): LabConfig {
  const section = knobSection(config);
  return withField(config, section, 'learningRate', Math.max(1e-5, config[section].learningRate / 10));
}

/** epsilon when the schedule holds it fixed: no decay steps, so it stays at its start (the lab's Fixed choice), else null. */
export function fixedEpsilon(schedule: ExplorationSchedule): number | null {
  return schedule.explorationDecaySteps === 0 ? schedule.explorationStart : null;
}

/** The schedule epsilon goes back to from a fixed value: this one when it decays, else the default one. */
export function decaySchedule(schedule: ExplorationSchedule): ExplorationSchedule {
  return scheduleOf(schedule.explorationDecaySteps > 0 ? schedule : DEFAULT_TRAINING_CONFIG);
}
