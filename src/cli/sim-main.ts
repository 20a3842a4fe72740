// Entry point of `npm run sim` (kept apart so that importing the CLI module never runs it).

import { runSimCli } from './sim';

process.exitCode = runSimCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
