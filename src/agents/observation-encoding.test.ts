import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { ObservationLayout } from '../sim/observation';
import { OBSERVATION_SIZE } from '../sim/settings';
import { DqnAgent } from './dqn';
import { DEFAULT_DQN_CONFIG } from './kinds/dqn/description';
import { encodeCategoryRows, encodeObservations, encodingShape } from './observation-encoding';
import { switchBackend } from '../testing/backends';

/** One hand-built observation: favourite category 2, last recommended category 4, clicked, engagement 0.7. */
function handBuiltObservation(): Float32Array {
  const observation = new Float32Array(OBSERVATION_SIZE);
  observation.set([0.1, 0.05, 0.5, 0.2, 0.1, 0.05], ObservationLayout.observedPreferences);
  observation[ObservationLayout.lastCategory + 4] = 1;
  observation[ObservationLayout.lastClicked] = 1;
  observation[ObservationLayout.clickRate] = 0.5;
  observation[ObservationLayout.progress] = 0.04;
  observation[ObservationLayout.clickCount] = 0.1;
  observation[ObservationLayout.engagement] = 0.7;
  return observation;
}

describe('observation encoding', () => {
  it('passes the 20 numbers through unchanged when flat', () => {
    const observation = handBuiltObservation();
    const out = new Float32Array(encodingShape('flat').inputSize);
    encodeObservations('flat', observation, 1, out);
    expect(Array.from(out)).toEqual(Array.from(observation));
  });

  it('writes one row per category: preference, gap to the favourite, is-favourite, last-recommended, then the session features', () => {
    const shape = encodingShape('per-category');
    expect(shape).toEqual({ rowsPerObservation: 6, inputSize: 12, outputSize: 4 });
    const out = new Float32Array(6 * shape.inputSize);
    encodeObservations('per-category', handBuiltObservation(), 1, out);
    const row = (c: number) => Array.from(out.subarray(c * 12, (c + 1) * 12));
    const session = [1, 0, 0.5, 0, 0.04, 0.1, 0, 0.7];
    expect(row(2)[0]).toBeCloseTo(0.5, 6);
    expect(row(2).slice(1, 4)).toEqual([0, 1, 0]);
    expect(row(0)[1]).toBeCloseTo(0.1 - 0.5, 6);
    expect(row(0)[2]).toBe(0);
    expect(row(4)[3]).toBe(1);
    for (let c = 0; c < 6; c++) row(c).slice(4).forEach((value, f) => expect(value).toBeCloseTo(session[f], 6));
  });

  it('encodes one chosen category row per observation exactly as that row of the full encoding', () => {
    const { inputSize } = encodingShape('per-category');
    const first = handBuiltObservation();
    const second = first.map((value, i) => (i < ObservationLayout.lastCategory ? 0.9 - value : value));
    const observations = new Float32Array([...first, ...second]);
    const full = new Float32Array(2 * 6 * inputSize);
    encodeObservations('per-category', observations, 2, full);
    const rows = new Float32Array(2 * inputSize);
    encodeCategoryRows(observations, 2, [4, 1], rows);
    expect(Array.from(rows.subarray(0, inputSize))).toEqual(Array.from(full.subarray(4 * inputSize, 5 * inputSize)));
    expect(Array.from(rows.subarray(inputSize))).toEqual(Array.from(full.subarray((6 + 1) * inputSize, (6 + 2) * inputSize)));
    // The second observation's favourite differs from the first's, so the rows read their own favourite.
    expect(rows[2]).not.toBe(rows[inputSize + 2]);
  });

  it('gives the same Q-values for a category whatever its position: the network is shared', async () => {
    await switchBackend('cpu');
    const agent = new DqnAgent({ config: { ...DEFAULT_DQN_CONFIG, inputEncoding: 'per-category', hiddenWidth: 8 }, seed: 4, sessions: 1 });
    const observation = handBuiltObservation();
    // Swap categories 0 and 5 (preferences): their four Q-values must swap too.
    const swapped = observation.slice();
    swapped[0] = observation[5];
    swapped[5] = observation[0];
    const before = tf.memory().numTensors;
    const q = agent.networks.predict(observation, 1);
    const qSwapped = agent.networks.predict(swapped, 1);
    expect(tf.memory().numTensors).toBe(before);
    for (let tier = 0; tier < 4; tier++) {
      expect(qSwapped[5 * 4 + tier]).toBeCloseTo(q[0 * 4 + tier], 5);
      expect(qSwapped[0 * 4 + tier]).toBeCloseTo(q[5 * 4 + tier], 5);
      expect(qSwapped[2 * 4 + tier]).toBeCloseTo(q[2 * 4 + tier], 5);
    }
    agent.dispose();
  });
});
