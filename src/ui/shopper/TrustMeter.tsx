// The shopper's trust as a labelled meter from 0 to 1, with its starting value marked.
import { formatUnit } from '../format';

interface TrustMeterProps {
  trust: number;
  startTrust: number;
}

export function TrustMeter({ trust, startTrust }: TrustMeterProps) {
  const level = trust < 0.35 ? 'low' : trust < 0.65 ? 'middling' : 'high';
  return (
    <div className="trust">
      <div className="trust__heading">
        <span id="trust-label">Trust</span>
        <span className="trust__value">
          {formatUnit(trust)} <span className="muted">({level})</span>
        </span>
      </div>
      <div
        className={`trust__track trust__track--${level}`}
        role="meter"
        aria-labelledby="trust-label"
        aria-valuemin={0}
        aria-valuemax={1}
        aria-valuenow={Number(trust.toFixed(2))}
        aria-valuetext={`${formatUnit(trust)}, ${level}; started at ${formatUnit(startTrust)}`}
      >
        <span className="trust__fill" style={{ width: `${trust * 100}%` }} />
        <span className="trust__start" style={{ left: `${startTrust * 100}%` }} title="Starting trust" />
      </div>
      <p className="trust__hint">Low trust makes the shopper leave sooner. Clickbait that disappoints costs trust; good purchases earn it.</p>
    </div>
  );
}
