// Which tfjs backend trains, why, and whether WebGL is missing or software-rendered here.
import { selectBackend } from '../../store/lab-selectors';
import { useLab } from '../app/store-context';

export function BackendInfo() {
  const backend = useLab(selectBackend);
  if (!backend) return null;
  const { webgl } = backend;
  return (
    <section className="panel backend" aria-label="Compute backend">
      <p>
        <strong>Backend: {backend.backend}</strong> <span className="muted">({backend.requested === 'auto' ? 'chosen automatically' : 'chosen by you'})</span>
      </p>
      <p className="backend__summary">{backend.summary}</p>
      {!webgl.available && (
        <p className="backend__note" role="note">
          WebGL is unavailable in this browser, so the lab trains on {backend.backend} instead. Everything works, only the GPU path is missing.
        </p>
      )}
      {webgl.available && webgl.softwareRendered && (
        <p className="backend__note" role="note">
          WebGL is software-rendered here ({webgl.renderer}): a CPU draws it, so it is slower than wasm on this machine.
        </p>
      )}
    </section>
  );
}
