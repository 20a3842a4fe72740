// The play page's three replay lines from the store: the student's session as played, the DP oracle's and
// the agent's on the same shopper and coin flips (worked out on the page; the agent's picks come from its worker).
import { useMemo } from 'react';
import { agentSession, oracleSession, replayKey } from '../../../store/play-replay';
import { selectExpectedReturns, selectPlayCatalog, selectPlaySetup, selectReplay, selectShopper, selectSteps } from '../../../store/play-selectors';
import { useLab } from '../../app/store-context';
import { PALETTE } from '../../lab/charts/chart-data';
import { formatReward } from '../../format';
import { useT } from '../../i18n/language-store';
import type { ReplayLine } from './replay-lines';

export function useReplayLines(): { key: string; lines: ReplayLine[]; agentReady: boolean } {
  const setup = useLab(selectPlaySetup);
  const steps = useLab(selectSteps);
  const catalog = useLab(selectPlayCatalog);
  const shopper = useLab(selectShopper);
  const expected = useLab(selectExpectedReturns);
  const replay = useLab(selectReplay);
  const words = useT().replay;
  const key = replayKey({ setup, steps });
  const oracleSteps = useMemo(() => oracleSession({ setup, catalog }), [setup, catalog]);
  const answer = replay.agent && replay.agent.key === key && replay.agent.source === replay.source ? replay.agent.replay : null;
  const agentSteps = useMemo(() => (answer ? agentSession({ setup, catalog }, answer) : null), [answer, setup, catalog]);
  const oracleExpected = expected?.find((entry) => entry.policy === 'dp-oracle');
  const lines: ReplayLine[] = [
    { id: 'student', name: words.policies.student, color: PALETTE.blue, steps, startTrust: shopper.startTrust, expected: words.table.noExpected },
    {
      id: 'oracle',
      name: words.policies.oracle,
      color: PALETTE.vermillion,
      steps: oracleSteps,
      startTrust: shopper.startTrust,
      expected: oracleExpected ? formatReward(oracleExpected.mean) : words.table.working,
    },
    {
      id: 'agent',
      name: words.policies.agent,
      color: PALETTE.green,
      dashed: true,
      steps: agentSteps,
      startTrust: shopper.startTrust,
      expected: answer ? `${formatReward(answer.expected.mean)} ± ${formatReward(answer.expected.ci95)}` : words.table.waiting,
    },
  ];
  return { key, lines, agentReady: answer !== null };
}
