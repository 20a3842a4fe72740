// Diagnostic: per update of the default preset's DQN on wasm (or the flat network with `flat` as argument), the
// CPU time (this process's, so that time spent waiting for a CPU on a loaded machine does not count), the kernels
// run, the copies out of the wasm heap (backend.readSync calls and bytes) and the typed arrays constructed in
// JavaScript. Run as `node scripts/run-ts.mjs bench/update-copies.ts [flat]`; to compare two checkouts, run it
// in each, alternately (it uses nothing newer than the DQN agent and engine/backends.ts).

import * as tf from '@tensorflow/tfjs';
import { activateBackend } from '../src/engine/backends';
import { DqnAgent } from '../src/agents/dqn';
import { rememberRandomTransitions } from '../src/agents/random-transitions';
import { presetConfig } from '../src/preset/presets';
import { RandomStream } from '../src/sim/random';

if (process.env.BENCH_BACKEND_KERNELS) await tf.setBackend('wasm');
else await activateBackend('wasm');
const encoding = process.argv[2] === 'flat' ? 'flat' : presetConfig('default').dqn.inputEncoding;
const config = { ...presetConfig('default').dqn, inputEncoding: encoding, learningStarts: 1, replayCapacity: 4096 };
const agent = new DqnAgent({ config, seed: 1, sessions: 32 });
rememberRandomTransitions(agent, new RandomStream(2), 64);
for (let i = 0; i < 50; i++) agent.learn();
const TIMED_UPDATES = 500;
const cpuBefore = process.cpuUsage();
const wallBefore = performance.now();
for (let i = 0; i < TIMED_UPDATES; i++) agent.learn();
const cpu = process.cpuUsage(cpuBefore);
const wallMs = (performance.now() - wallBefore) / TIMED_UPDATES;
const cpuMs = (cpu.user + cpu.system) / 1000 / TIMED_UPDATES;
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
console.log(`${encoding} network, batch ${config.batchSize}: ${cpuMs.toFixed(3)} ms of CPU per update (${wallMs.toFixed(3)} ms wall; ${TIMED_UPDATES} updates)`);
console.log(`per update (${UPDATES} updates): readSync ${(reads / UPDATES).toFixed(2)} calls, ${(readBytes / UPDATES / 1024).toFixed(1)} KB; typed arrays constructed: ${names.map((name) => `${name} ${((counts[name] ?? 0) / UPDATES).toFixed(1)}`).join(', ')}`);
console.log(`kernels per update: ${profile.kernels.length}: ${Object.entries(byName).map(([name, count]) => `${name} ${count}`).join(', ')}`);
agent.dispose();
