// The followed shopper's last step: what was recommended and what happened, then what the agent cannot see.
import { CATEGORY_NAMES } from '../../sim/settings';
import { selectFollowed } from '../../store/lab-selectors';
import { useLab } from '../app/store-context';
import { formatPercent, formatReward, formatUnit, itemName } from '../format';
import { useT } from '../i18n/language-store';

const OUTCOME_LABELS = { ignored: 'Ignored', clicked: 'Clicked', bought: 'Bought' } as const;

export function LiveShopper() {
  const followed = useLab(selectFollowed);
  const t = useT();
  return (
    <section className="panel live-shopper" aria-label="Followed shopper">
      <h2>Followed shopper</h2>
      {!followed ? (
        <p className="muted">Step once or play to follow one shopper through the session.</p>
      ) : (
        <>
          <dl className="live-shopper__facts">
            <div>
              <dt>Shopper</dt>
              <dd>
                #{followed.shopperIndex}, step {followed.sessionStep}
              </dd>
            </div>
            <div>
              <dt>Recommendation</dt>
              <dd aria-label="Recommendation">
                {itemName(followed.item, t.play)} <span className="muted">({followed.explored ? 'explored' : 'exploited'})</span>
              </dd>
            </div>
            <div>
              <dt>Outcome</dt>
              <dd aria-label="Outcome" className={`outcome outcome--${followed.outcome}`}>
                {OUTCOME_LABELS[followed.outcome]}
                {followed.sessionEnded ? ' · session over' : ''}
              </dd>
            </div>
            <div>
              <dt>Reward</dt>
              <dd aria-label="Reward">
                +{formatReward(followed.reward)} <span className="muted">(session {formatReward(followed.sessionReturn)})</span>
              </dd>
            </div>
          </dl>
          <div className="hidden-state">
            <h3>Hidden from the agent</h3>
            <p className="hidden-state__trust">
              Trust{' '}
              <meter min={0} max={1} value={followed.trustAfter} aria-label="Trust">
                {formatUnit(followed.trustAfter)}
              </meter>{' '}
              {formatUnit(followed.trustBefore)} → {formatUnit(followed.trustAfter)}
            </p>
            <ul className="hidden-state__preferences" aria-label="Preferences">
              {followed.preferences.map((share, category) => (
                <li key={CATEGORY_NAMES[category]}>
                  <span className="hidden-state__name">{CATEGORY_NAMES[category]}</span>
                  <span className="hidden-state__bar" style={{ width: `${Math.round(share * 100)}%` }} aria-hidden="true" />
                  <span>{formatPercent(share)}</span>
                </li>
              ))}
            </ul>
            <p className="muted">
              P(click) {formatPercent(followed.clickProbability)}, P(buy | click) {formatPercent(followed.purchaseProbability)}, P(leave) {formatPercent(followed.leaveProbability)}
            </p>
          </div>
        </>
      )}
    </section>
  );
}
