// The default preset's first minute in the lab's worker on each held-out seed, alone (the same figures close
// `npm run bench:browser`): `vite build`, then `node scripts/run-ts.mjs bench/held-out-bench.ts`.

import { heldOutMinutes, minuteFigures } from './held-out-minute';
import { machineLoad } from './machine';
import { startPreview } from './preview-server';
import { formatFigures } from './section';

const server = await startPreview(Number(process.env.BENCH_PORT ?? 4177));
try {
  const start = machineLoad();
  const results = await heldOutMinutes(server.url);
  const end = machineLoad();
  process.stdout.write(
    `\nThe first minute on the held-out seeds (Chromium at /usr/bin/chromium, vite preview; ${start.cores} cores, load average ${start.load1.toFixed(2)} at the start and ${end.load1.toFixed(2)} at the end)\n${formatFigures(minuteFigures(results))}\n`,
  );
} finally {
  server.stop();
}
