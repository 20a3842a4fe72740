// Entry point of `npm run train` (kept apart so that importing the CLI module never runs it).

import { runTrainCli } from './train';

runTrainCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`train: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
