// The shopper as the simulator knows them, hidden from the agent: preferences, price sensitivity, trust.
import { useMemo } from 'react';
import { rankedPreferences } from '../../sim/session';
import { CATEGORY_NAMES } from '../../sim/settings';
import { selectShopper, selectTrust } from '../../store/play-selectors';
import { useLab } from '../app/store-context';
import { formatPercent, formatUnit } from '../format';
import { useT } from '../i18n/language-store';
import { TrustMeter } from './TrustMeter';
import './shopper.css';

export function HiddenShopper() {
  const shopper = useLab(selectShopper);
  const trust = useLab(selectTrust);
  const t = useT().play;
  const preferences = useMemo(() => rankedPreferences(shopper, CATEGORY_NAMES.map((name) => t.categories[name])), [shopper, t]);
  return (
    <section className="panel hidden-shopper" aria-labelledby="hidden-heading">
      <div className="panel__header">
        <h2 id="hidden-heading">
          {t.shopper.heading} <span className="hidden-badge">{t.shopper.hiddenBadge}</span>
        </h2>
      </div>
      <TrustMeter trust={trust} startTrust={shopper.startTrust} />
      <h3 className="hidden-shopper__subheading" id="preferences-heading">
        {t.shopper.preferences}
      </h3>
      <ul className="preferences" aria-labelledby="preferences-heading">
        {preferences.map(({ category, share }) => (
          <li key={category} className="preferences__row">
            <span className="preferences__name">{category}</span>
            <span className="preferences__bar" aria-hidden="true">
              <span style={{ width: `${share * 100}%` }} />
            </span>
            <span className="preferences__share">{formatPercent(share)}</span>
          </li>
        ))}
      </ul>
      <p className="hidden-shopper__sensitivity">
        {t.shopper.priceSensitivity} <strong>{formatUnit(shopper.priceSensitivity)}</strong>{' '}
        <span className="muted">{t.shopper.sensitivityRange}</span>
      </p>
    </section>
  );
}
