// The lesson's stages from its state: no run before a prediction, a callout before anything else, then the
// check once both sides spent their budget, or "stopped" when a side could not.
import { describe, expect, it } from 'vitest';
import { exploration } from '../../lessons/catalog/exploration';
import { frozenAt, settling, syntheticMetrics } from '../../testing/lesson-metrics';
import { lessonStage, type SideState } from './lesson-flow';

const running: SideState = { phase: 'ready', status: 'running' };
const finished: SideState = { phase: 'ready', status: 'finished' };
const none = syntheticMetrics({ percents: [] }, { percents: [] });
const done = syntheticMetrics({ percents: frozenAt(8) }, { percents: settling(30) });
const allRead = new Set(exploration.callouts.map((callout) => callout.id));

describe('a lesson\'s stage', () => {
  it('asks for a prediction first', () => {
    expect(lessonStage(exploration, null, done, new Set(), { a: finished, b: finished })).toEqual({ code: 'predict' });
  });

  it('shows the first callout not yet read, in the order of the run\'s steps', () => {
    expect(lessonStage(exploration, 'less', done, new Set(), { a: running, b: running })).toEqual({ code: 'callout', callout: { id: 'first-results', step: 1000 } });
    expect(lessonStage(exploration, 'less', done, new Set(['first-results']), { a: running, b: running })).toMatchObject({ code: 'callout', callout: { id: 'gap' } });
  });

  it('runs while a side trains, checks once both spent their budget, and says when a side stopped', () => {
    expect(lessonStage(exploration, 'less', none, new Set(), { a: running, b: finished })).toEqual({ code: 'run' });
    expect(lessonStage(exploration, 'less', done, allRead, { a: finished, b: finished })).toEqual({ code: 'check' });
    expect(lessonStage(exploration, 'less', done, allRead, { a: { phase: 'ready', status: 'diverged' }, b: finished })).toEqual({ code: 'stopped' });
    expect(lessonStage(exploration, 'less', done, allRead, { a: { phase: 'error', status: 'ready' }, b: running })).toEqual({ code: 'stopped' });
  });
});
