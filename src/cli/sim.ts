// `npm run sim` (entry: sim-main.ts): plays the reference policies on an evaluation cohort and prints the spec's table.

import { createCatalog } from '../sim/catalog';
import { EvaluationCohort, type EvaluationResult } from '../sim/evaluation';
import { REFERENCE_POLICY_NAMES, type ReferencePolicyName } from '../sim/policies';
import { scoreReferencePolicies } from '../sim/reference-scores';
import { DEFAULT_SIM_SETTINGS, type Observability } from '../sim/settings';
import { UsageError, choice, flag, formatOptions, integer, list, parseArgs, value } from './args';
import { formatTable } from './table';

/** The evaluation cohort's seed when none is given: fixed, so that runs compare. */
export const DEFAULT_COHORT_SEED = 2024;

const OBSERVABILITIES: readonly Observability[] = ['noisy', 'exact', 'hidden'];
const POLICY_CHOICES = ['all', ...REFERENCE_POLICY_NAMES] as const;

export const SIM_OPTIONS = {
  policy: value('NAMES', list(choice(POLICY_CHOICES)), ['all'] as string[], `Comma list of ${REFERENCE_POLICY_NAMES.join(', ')}, or all`),
  sessions: value('N', integer({ min: 1, max: 1_000_000 }), 4000, 'Shoppers in the evaluation cohort'),
  seed: value('N', integer({ min: 0, max: 2 ** 32 - 1 }), 42, 'Catalog seed'),
  cohortSeed: value('N', integer({ min: 0, max: 2 ** 32 - 1 }), DEFAULT_COHORT_SEED, 'Seed of the evaluation cohort'),
  observability: value('noisy|exact|hidden', choice(OBSERVABILITIES), 'noisy' as Observability, 'What the agent sees of trust'),
  json: flag('Print a JSON array, one object per policy, instead of the table'),
  help: flag('Show this help'),
};

const USAGE = `usage: npm run sim -- [options]

Plays reference policies greedily on one evaluation cohort and reports mean return (95% interval),
% of the DP oracle, click rate, conversion (purchases per click), session length and final trust.

options:
${formatOptions(SIM_OPTIONS)}`;

/** Where the CLI writes; the process's streams by default, captured in tests. */
export interface CliOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** The JSON record of one policy: the evaluation's figures without its session count. */
export type PolicyReport = Omit<EvaluationResult, 'sessions'>;

function selectedPolicies(requested: readonly string[]): ReferencePolicyName[] {
  if (requested.includes('all')) return [...REFERENCE_POLICY_NAMES];
  // Table order, without repeats, whatever the order asked.
  return REFERENCE_POLICY_NAMES.filter((name) => requested.includes(name));
}

export function toReport(result: EvaluationResult): PolicyReport {
  const { policy, meanReturn, ci95, percentOfOracle, clickRate, conversionRate, sessionLength, finalTrust } = result;
  return { policy, meanReturn, ci95, percentOfOracle, clickRate, conversionRate, sessionLength, finalTrust };
}

export function formatReportTable(reports: readonly PolicyReport[]): string {
  return formatTable(
    [
      { header: 'policy', align: 'left' },
      { header: 'return ± ci95', align: 'right' },
      { header: '% of oracle', align: 'right' },
      { header: 'click rate', align: 'right' },
      { header: 'conversion', align: 'right' },
      { header: 'session length', align: 'right' },
      { header: 'final trust', align: 'right' },
    ],
    reports.map((report) => [
      report.policy,
      `${report.meanReturn.toFixed(3)} ± ${report.ci95.toFixed(3)}`,
      report.percentOfOracle.toFixed(1),
      report.clickRate.toFixed(3),
      report.conversionRate.toFixed(3),
      report.sessionLength.toFixed(2),
      report.finalTrust.toFixed(3),
    ]),
  );
}

/** Evaluates the chosen reference policies on one cohort; the oracle is played once and shared. */
export function evaluatePolicies(
  names: readonly ReferencePolicyName[],
  options: { catalogSeed: number; cohortSeed: number; sessions: number; observability: Observability },
): PolicyReport[] {
  const settings = { ...DEFAULT_SIM_SETTINGS, observability: options.observability };
  const catalog = createCatalog(settings, options.catalogSeed);
  const cohort = new EvaluationCohort({ settings, catalog, shoppers: options.sessions, seed: options.cohortSeed });
  return scoreReferencePolicies(cohort, catalog, options.cohortSeed, names).map(toReport);
}

/** Runs the CLI on argv (without node and the script) and returns the exit code. */
export function runSimCli(argv: readonly string[], output: CliOutput): number {
  let args;
  try {
    args = parseArgs(SIM_OPTIONS, argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.stderr(`sim: ${error.message} (see --help)\n`);
    return 2;
  }
  if (args.help) {
    output.stdout(`${USAGE}\n`);
    return 0;
  }
  const options = { catalogSeed: args.seed, cohortSeed: args.cohortSeed, sessions: args.sessions, observability: args.observability };
  const reports = evaluatePolicies(selectedPolicies(args.policy), options);
  if (args.json) {
    output.stdout(`${JSON.stringify(reports, null, 2)}\n`);
    return 0;
  }
  const header =
    `catalog seed ${options.catalogSeed}, cohort seed ${options.cohortSeed}, ` +
    `${options.sessions} sessions, observability ${options.observability}`;
  output.stdout(`${header}\n\n${formatReportTable(reports)}\n`);
  return 0;
}
