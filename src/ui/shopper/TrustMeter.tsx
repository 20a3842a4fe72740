// The shopper's trust as a labelled meter from 0 to 1, with its starting value marked.
import { formatUnit } from '../format';
import { useT } from '../i18n/language-store';

interface TrustMeterProps {
  trust: number;
  startTrust: number;
}

export function TrustMeter({ trust, startTrust }: TrustMeterProps) {
  const t = useT().play.trust;
  const levelClass = trust < 0.35 ? 'low' : trust < 0.65 ? 'middling' : 'high';
  const level = t.levels[levelClass];
  return (
    <div className="trust">
      <div className="trust__heading">
        <span id="trust-label">{t.label}</span>
        <span className="trust__value">
          {formatUnit(trust)} <span className="muted">{t.levelNote(level)}</span>
        </span>
      </div>
      <div
        className={`trust__track trust__track--${levelClass}`}
        role="meter"
        aria-labelledby="trust-label"
        aria-valuemin={0}
        aria-valuemax={1}
        aria-valuenow={Number(trust.toFixed(2))}
        aria-valuetext={t.valueText(formatUnit(trust), level, formatUnit(startTrust))}
      >
        <span className="trust__fill" style={{ width: `${trust * 100}%` }} />
        <span className="trust__start" style={{ left: `${startTrust * 100}%` }} title={t.start} />
      </div>
      <p className="trust__hint">{t.hint}</p>
    </div>
  );
}
