// Which trained agent meets the shopper: the bundled one, or the run on the training page (when it has one
// that learns values); then who that agent is, or why it could not answer.
import { useId } from 'react';
import { agentChoiceMessageKey, kindOfChoice } from '../../../contracts/agent-kinds';
import { selectPlaySetup, selectReplay, selectReplayActions, selectRunForReplay } from '../../../store/play-selectors';
import type { ReplayProblem } from '../../../store/play-replay-slice';
import { selectCatalogue } from '../../../store/lab-selectors';
import { useLab } from '../../app/store-context';
import { formatStep } from '../../lab/charts/chart-data';
import { presetTitle } from '../../lab/preset-text';
import { useT } from '../../i18n/language-store';
import { refusalReasonText } from '../../lab/notices/file-text';
import type { Messages } from '../../i18n/messages';

function problemText(problem: ReplayProblem, t: Messages): string {
  const words = t.replay.problems;
  switch (problem.code) {
    case 'download':
      return words.download(problem.status === null ? words.noAnswer : String(problem.status));
    case 'worker-lost':
      return words.workerLost;
    case 'no-run':
      return words.noRun;
    case 'unexpected':
      return words.unexpected(problem.detail);
    default:
      return words.file(refusalReasonText(problem, t));
  }
}

export function AgentSource() {
  const replay = useLab(selectReplay);
  const { chooseSource } = useLab(selectReplayActions);
  const runConfig = useLab(selectRunForReplay);
  const catalogue = useLab(selectCatalogue);
  const setup = useLab(selectPlaySetup);
  const t = useT();
  const words = t.replay.source;
  const name = useId();
  const runLearns = runConfig !== null && kindOfChoice(runConfig.agent).learning !== 'none';
  const agents: Record<string, string> = t.lab.setup.agents;
  const answer = replay.agent?.source === replay.source ? replay.agent.replay : null;
  const agentName = answer ? (agents[agentChoiceMessageKey(answer.agentChoice)] ?? answer.agentChoice) : '';
  return (
    <div className="replay-source">
      <fieldset>
        <legend>{words.legend}</legend>
        <label>
          <input type="radio" name={name} checked={replay.source === 'bundled'} onChange={() => chooseSource('bundled')} /> {words.bundled}
        </label>
        <label>
          <input type="radio" name={name} checked={replay.source === 'run'} disabled={!runLearns} onChange={() => chooseSource('run')} /> {words.run}
        </label>
        {!runLearns && <p className="panel__hint">{runConfig === null ? words.runMissing : words.runWithoutValues}</p>}
      </fieldset>
      <p role="status" className="replay-source__status">
        {replay.status === 'loading'
          ? words.loading
          : replay.status === 'failed' && replay.problem
            ? problemText(replay.problem, t)
            : answer
              ? answer.presetName
                ? words.described(agentName, presetTitle(answer.presetName, catalogue?.presets, t.lab), formatStep(answer.trainedSteps))
                : words.describedRun(agentName, formatStep(answer.trainedSteps))
              : ''}
      </p>
      {answer && answer.catalogSeed !== setup.seed && <p className="panel__hint">{words.catalogNote(answer.catalogSeed, setup.seed)}</p>}
    </div>
  );
}
