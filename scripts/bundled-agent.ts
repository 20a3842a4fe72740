// `npm run bundled-agent`: trains the play page's bundled agent (scripts/bundled-agent-config.ts) on wasm
// and writes it to public/, where the build copies it beside the page (and the service worker keeps it offline).

import { writeFileSync } from 'node:fs';
import { activateBackend } from '../src/engine/backends';
import { BUNDLED_AGENT_PATH, BUNDLED_AGENT_STEPS, trainBundledAgent } from './bundled-agent-config';

await activateBackend('wasm');
const started = Date.now();
const { bytes, step, percentOfOracle } = trainBundledAgent((current) => process.stderr.write(`\rstep ${current} of ${BUNDLED_AGENT_STEPS}`));
writeFileSync(BUNDLED_AGENT_PATH, bytes);
const score = percentOfOracle === null ? 'no evaluation' : `${percentOfOracle.toFixed(1)}% of the oracle at its last evaluation`;
process.stderr.write(`\nwrote ${BUNDLED_AGENT_PATH}: ${bytes.length} bytes, ${step} steps, ${score}, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
