// Diagnostic: per update of the default preset's DQN on wasm, the kernels run, the copies out of the wasm heap
// (backend.readSync calls and bytes) and the typed arrays constructed in JavaScript.

import * as tf from '@tensorflow/tfjs';
import { activateBackend } from '../src/engine/backends';
import { DqnAgent } from '../src/agents/dqn';
import { rememberRandomTransitions } from '../src/agents/random-transitions';
import { presetConfig } from '../src/preset/presets';
import { RandomStream } from '../src/sim/random';

if (process.env.BENCH_BACKEND_KERNELS) await tf.setBackend('wasm');
else await activateBackend('wasm');
const config = { ...presetConfig('default').dqn, learningStarts: 1, replayCapacity: 4096 };
const agent = new DqnAgent({ config, seed: 1, sessions: 32 });
rememberRandomTransitions(agent, new RandomStream(2), 64);
for (let i = 0; i < 10; i++) agent.learn();
const backend = tf.backend() as unknown as { readSync: (dataId: unknown, start?: number, end?: number) => ArrayLike<number> & { byteLength: number } };
const readSync = backend.readSync.bind(backend);
let reads = 0;
let readBytes = 0;
backend.readSync = (dataId, start, end) => {
  const values = readSync(dataId, start, end);
  reads += 1;
  readBytes += values.byteLength;
  return values;
};
const counts: Record<string, number> = {};
const names = ['Int32Array', 'Float32Array', 'Uint8Array', 'ArrayBuffer'] as const;
const originals = names.map((name) => globalThis[name]);
names.forEach((name, index) => {
  (globalThis as Record<string, unknown>)[name] = new Proxy(originals[index] as object, {
    construct(target, args, newTarget) {
      counts[name] = (counts[name] ?? 0) + 1;
      return Reflect.construct(target as new (...a: unknown[]) => object, args, newTarget);
    },
  });
});
const UPDATES = 100;
for (let i = 0; i < UPDATES; i++) agent.learn();
names.forEach((name, index) => ((globalThis as Record<string, unknown>)[name] = originals[index]));
backend.readSync = readSync;
const profile = await tf.profile(() => void agent.learn());
const byName: Record<string, number> = {};
for (const kernel of profile.kernels) byName[kernel.name] = (byName[kernel.name] ?? 0) + 1;
console.log(`per update (${UPDATES} updates): readSync ${(reads / UPDATES).toFixed(2)} calls, ${(readBytes / UPDATES / 1024).toFixed(1)} KB; typed arrays constructed: ${names.map((name) => `${name} ${((counts[name] ?? 0) / UPDATES).toFixed(1)}`).join(', ')}`);
console.log(`kernels per update: ${profile.kernels.length}: ${Object.entries(byName).map(([name, count]) => `${name} ${count}`).join(', ')}`);
agent.dispose();
