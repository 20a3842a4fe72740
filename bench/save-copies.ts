// Diagnostic: what one periodic save of the default preset's run costs the training worker's thread, in Node on
// wasm: milliseconds until the store has cut its parts out (the loop waits for these) and the bytes copied then
// (the small arrays of the live checkpoint and the replay chunks the write head crossed), every 18,000 steps (about
// 5 s at fast-forward in the browser). The backend discards what it is given, so the figures are the worker's
// side alone (IndexedDB's own clone at put time comes on top, the same before and after).
// Run as `node scripts/run-ts.mjs bench/save-copies.ts`.

import { machineLoad } from './machine';
import { activateBackend } from '../src/engine/backends';
import { trainerFor } from '../src/engine/agent-for';
import { presetConfig } from '../src/preset/presets';
import type { KeyValueStore } from '../src/worker/run-store-backend';
import { RunStore } from '../src/worker/run-store';

const STEPS_BETWEEN_SAVES = 18_000;
const SAVES = 5;

await activateBackend('wasm');
const config = presetConfig('default');
const trainer = trainerFor(config);
let chunkBytes = 0;
const discarding: KeyValueStore = {
  lasting: false,
  read: async (keys) => keys.map(() => undefined),
  write: async (puts) => {
    for (const [key, value] of puts) {
      if (key.includes('/replay/')) for (const array of Object.values((value as { arrays: Record<string, ArrayBufferView> }).arrays)) chunkBytes += array.byteLength;
    }
  },
};
const store = new RunStore(discarding, { key: 'bench', owner: 'bench', savesFrom: 'start' });
console.log(`load average ${machineLoad().load1.toFixed(2)}`);
for (let save = 1; save <= SAVES; save++) {
  const until = trainer.step + STEPS_BETWEEN_SAVES;
  while (trainer.step < until) trainer.tick();
  chunkBytes = 0;
  const started = performance.now();
  const checkpoint = trainer.liveCheckpoint();
  const written = store.keep({ runId: 1, config, checkpoint, metrics: trainer.metrics, agentName: trainer.agent.name });
  const threadMs = performance.now() - started;
  await written;
  const arrays = Object.entries(checkpoint.agent.arrays);
  const replayBytes = arrays.filter(([name]) => name.startsWith('replay')).reduce((sum, [, array]) => sum + array.byteLength, 0);
  const otherBytes = arrays.filter(([name]) => !name.startsWith('replay')).reduce((sum, [, array]) => sum + array.byteLength, 0);
  const roundBytes = Object.values(checkpoint.round).reduce((sum: number, value) => sum + (ArrayBuffer.isView(value) ? value.byteLength : 0), 0);
  const copied = otherBytes + roundBytes + chunkBytes;
  console.log(
    `save ${save} at step ${trainer.step}: ${threadMs.toFixed(1)} ms of thread, ${(copied / 1e6).toFixed(2)} MB copied ` +
      `(replay chunks ${(chunkBytes / 1e6).toFixed(2)} MB, other arrays ${((otherBytes + roundBytes) / 1e3).toFixed(0)} KB; the whole replay memory, not copied: ${(replayBytes / 1e6).toFixed(1)} MB)`,
  );
}
console.log(`load average ${machineLoad().load1.toFixed(2)}`);
trainer.dispose();
