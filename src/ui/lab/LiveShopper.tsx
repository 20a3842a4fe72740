// The followed shopper's last step (the inspector's shopper): what was recommended and what happened, then what the agent cannot see.
import { CATEGORY_NAMES } from '../../sim/settings';
import { selectFollowed } from '../../store/lab-selectors';
import { useLab } from '../app/store-context';
import { categoryName, formatPercent, formatReward, formatUnit, itemName } from '../format';
import { useT } from '../i18n/language-store';

export function LiveShopper() {
  const followed = useLab(selectFollowed);
  const t = useT();
  const text = t.lab.shopper;
  return (
    <section className="panel live-shopper" aria-label={text.label}>
      <h2>{text.title}</h2>
      {followed && <p className="muted">{text.sameAsInspector}</p>}
      {!followed ? (
        <p className="muted">{text.empty}</p>
      ) : (
        <>
          <dl className="live-shopper__facts">
            <div>
              <dt>{text.shopper}</dt>
              <dd>{text.shopperStep(String(followed.shopperIndex), String(followed.sessionStep))}</dd>
            </div>
            <div>
              <dt>{text.recommendation}</dt>
              <dd aria-label={text.recommendation}>
                {itemName(followed.item, t.play)} <span className="muted">{t.lab.run.aside(followed.explored ? text.explored : text.exploited)}</span>
              </dd>
            </div>
            <div>
              <dt>{text.outcome}</dt>
              <dd aria-label={text.outcome} className={`outcome outcome--${followed.outcome}`}>
                {t.play.outcomes[followed.outcome]}
                {followed.sessionEnded ? text.sessionOver : ''}
              </dd>
            </div>
            <div>
              <dt>{text.reward}</dt>
              <dd aria-label={text.reward}>
                +{formatReward(followed.reward)} <span className="muted">{text.sessionReturn(formatReward(followed.sessionReturn))}</span>
              </dd>
            </div>
          </dl>
          <div className="hidden-state">
            <h3>{text.hiddenTitle}</h3>
            <p className="hidden-state__trust">
              {text.trust}{' '}
              <meter min={0} max={1} value={followed.trustAfter} aria-label={text.trust}>
                {formatUnit(followed.trustAfter)}
              </meter>{' '}
              {formatUnit(followed.trustBefore)} → {formatUnit(followed.trustAfter)}
            </p>
            <ul className="hidden-state__preferences" aria-label={text.preferences}>
              {followed.preferences.map((share, category) => (
                <li key={CATEGORY_NAMES[category]}>
                  <span className="hidden-state__name">{categoryName(category, t.play)}</span>
                  <span className="hidden-state__bar" style={{ width: `${Math.round(share * 100)}%` }} aria-hidden="true" />
                  <span>{formatPercent(share)}</span>
                </li>
              ))}
            </ul>
            <p className="muted">{text.probabilities(formatPercent(followed.clickProbability), formatPercent(followed.purchaseProbability), formatPercent(followed.leaveProbability))}</p>
          </div>
        </>
      )}
    </section>
  );
}
