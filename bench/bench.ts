// `npm run bench`: runs the benchmark sections in order and prints each figure beside its target.
// To add a section, write a module that exports a BenchSection and add it to SECTIONS.

import { UsageError, choice, flag, formatOptions, list, parseArgs, value } from '../src/cli/args';
import { dqnSection } from './dqn-bench';
import { loopSection } from './loop-bench';
import { machineLoad } from './machine';
import { formatFigures, meetsTarget, type BenchSection } from './section';
import { simSection } from './sim-bench';

const SECTIONS: readonly BenchSection[] = [simSection, dqnSection, loopSection];

const OPTIONS = {
  only: value('NAMES', list(choice(SECTIONS.map((section) => section.name))), undefined as string[] | undefined, 'Run only these sections (comma list)'),
  json: flag('Print the figures as JSON instead of text'),
  help: flag('Show this help'),
};

async function main(argv: readonly string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(OPTIONS, argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`bench: ${error.message} (see --help)\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`usage: npm run bench -- [options]\n\nsections: ${SECTIONS.map((section) => section.name).join(', ')}\n\noptions:\n${formatOptions(OPTIONS)}\n`);
    return 0;
  }
  const only = args.only;
  const chosen = only ? SECTIONS.filter((section) => only.includes(section.name)) : SECTIONS;
  const results = [];
  const start = machineLoad();
  if (!args.json) process.stdout.write(`Machine: ${start.cores} cores, 1-minute load average ${start.load1.toFixed(2)} at the start\n`);
  for (const section of chosen) {
    if (!args.json) process.stdout.write(`\n${section.title}\n`);
    const figures = await section.run();
    results.push({ section: section.name, figures: figures.map((figure) => ({ ...figure, pass: meetsTarget(figure) })) });
    if (!args.json) process.stdout.write(`${formatFigures(figures)}\n`);
  }
  const end = machineLoad();
  if (args.json) process.stdout.write(`${JSON.stringify({ cores: start.cores, loadAtStart: start.load1, loadAtEnd: end.load1, sections: results }, null, 2)}\n`);
  else process.stdout.write(`\nMachine: 1-minute load average ${end.load1.toFixed(2)} at the end\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
