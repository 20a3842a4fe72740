// Tests of `npm run sim` run in-process: output, JSON shape, the table's layout and exit codes.
import { describe, expect, it } from 'vitest';
import { DEFAULT_COHORT_SEED, formatReportTable, runSimCli, type PolicyReport } from './sim';
import { formatTable } from './table';

function run(argv: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = runSimCli(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

const REPORT_KEYS = ['policy', 'meanReturn', 'ci95', 'percentOfOracle', 'clickRate', 'conversionRate', 'sessionLength', 'finalTrust'];

describe('npm run sim', () => {
  it('prints a header and one aligned row per reference policy', () => {
    const { code, stdout, stderr } = run(['--policy', 'all', '--sessions', '200', '--seed', '42']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`catalog seed 42, cohort seed ${DEFAULT_COHORT_SEED}, 200 sessions, observability noisy`);
    expect(lines[2]).toMatch(/^policy +return ± ci95 +% of oracle +click rate +conversion +session length +final trust$/);
    const rows = lines.slice(4);
    expect(rows.map((row) => row.split(' ')[0])).toEqual(['random', 'most-popular', 'myopic-oracle', 'heuristic', 'observation-planner', 'dp-oracle']);
    expect(rows[5]).toMatch(/ 100\.0 /);
    expect(new Set(lines.slice(2).map((line) => line.length)).size).toBe(1); // every line ends in the same column
  });

  it('prints exactly the agreed keys per policy with --json, in table order whatever the order asked', () => {
    const { code, stdout } = run(['--policy', 'dp-oracle,heuristic', '--sessions', '100', '--json', '--cohort-seed', '5', '--observability', 'exact']);
    expect(code).toBe(0);
    const reports = JSON.parse(stdout) as PolicyReport[];
    expect(reports.map((report) => report.policy)).toEqual(['heuristic', 'dp-oracle']);
    for (const report of reports) {
      expect(Object.keys(report)).toEqual(REPORT_KEYS);
      for (const key of REPORT_KEYS.slice(1)) expect(typeof report[key as keyof PolicyReport]).toBe('number');
    }
    expect(reports[1].percentOfOracle).toBeCloseTo(100, 10);
    expect(reports[0].percentOfOracle).toBeLessThan(100);
  });

  it('lists the observation planner with --policy all --json at 85% of the oracle or more on its cohort', () => {
    const { code, stdout } = run(['--policy', 'all', '--sessions', '1000', '--json']);
    expect(code).toBe(0);
    const reports = JSON.parse(stdout) as PolicyReport[];
    const planner = reports.find((report) => report.policy === 'observation-planner');
    expect(planner?.percentOfOracle).toBeGreaterThanOrEqual(85);
    expect(planner?.percentOfOracle).toBeLessThan(100);
  });

  it('gives the same figures for the same seeds, and other figures for another cohort', () => {
    const once = run(['--policy', 'heuristic', '--sessions', '100', '--json']).stdout;
    expect(run(['--policy', 'heuristic', '--sessions', '100', '--json']).stdout).toBe(once);
    expect(run(['--policy', 'heuristic', '--sessions', '100', '--json', '--cohort-seed', '9']).stdout).not.toBe(once);
  });

  it('prints the help on --help and exits 0', () => {
    const { code, stdout } = run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('usage: npm run sim');
    expect(stdout).toContain('--cohort-seed N');
  });

  it.each([
    [['--sessions', 'ten']],
    [['--sessions', '2.5']],
    [['--policy', 'greedy']],
    [['--observability', 'blurry']],
    [['--verbose']],
    [['--seed']],
  ])('refuses %j with one line on stderr and exit code 2', (argv) => {
    const { code, stdout, stderr } = run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^sim: .+ \(see --help\)\n$/);
  });
});

describe('tables', () => {
  it('pads names left and numbers right under a rule', () => {
    const text = formatTable(
      [
        { header: 'name', align: 'left' },
        { header: 'value', align: 'right' },
      ],
      [
        ['a', '1.5'],
        ['longer', '10.25'],
      ],
    );
    expect(text.split('\n')).toEqual(['name    value', '------  -----', 'a         1.5', 'longer  10.25']);
  });

  it('formats a report row with the interval and fixed decimals', () => {
    const report: PolicyReport = {
      policy: 'heuristic',
      meanReturn: 3.8271,
      ci95: 0.1744,
      percentOfOracle: 84.56,
      clickRate: 0.6351,
      conversionRate: 0.6519,
      sessionLength: 15.921,
      finalTrust: 0.69987,
    };
    const row = formatReportTable([report]).split('\n')[2];
    expect(row.split(/ {2,}/)).toEqual(['heuristic', '3.827 ± 0.174', '84.6', '0.635', '0.652', '15.92', '0.700']);
  });
});
