// Seeded random streams: mulberry32 for uniforms, plus the few distributions the simulator draws from.

/** Mixes a seed and a stream index into a well-spread 32-bit seed (murmur3's finaliser). */
export function deriveSeed(seed: number, index: number): number {
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul((index >>> 0) + 0x7f4a7c15, 0x85ebca6b)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Named stream indices, so that each concern draws from its own stream of the same seed. */
export const StreamId = {
  catalog: 1,
  shoppers: 2,
  environment: 3,
  agent: 4,
  evaluation: 5,
  replay: 6,
  weights: 7,
} as const;

/**
 * One step of mulberry32 on a state held outside the generator (so batched code can keep
 * one state per session in a Uint32Array). Returns the new state and writes the uniform to out.
 */
export function mulberry32Next(state: number): number {
  return (state + 0x6d2b79f5) >>> 0;
}

/** The uniform in [0, 1) that mulberry32 produces from an (already advanced) state. */
export function mulberry32Value(state: number): number {
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** A seeded stream of random numbers: every draw is reproducible from the seed (never the global generator). */
export class RandomStream {
  private state: number;
  /** The second normal of the last Box-Muller pair, not yet used (NaN when none is waiting). */
  private spareNormal = Number.NaN;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** The generator's internal state, for checkpoints. */
  getState(): { state: number; spareNormal: number } {
    return { state: this.state, spareNormal: this.spareNormal };
  }

  setState(saved: { state: number; spareNormal: number }): void {
    this.state = saved.state >>> 0;
    this.spareNormal = saved.spareNormal;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = mulberry32Next(this.state);
    return mulberry32Value(this.state);
  }

  uniform(low: number, high: number): number {
    return low + (high - low) * this.next();
  }

  /** Uniform integer in [0, count). */
  integer(count: number): number {
    return Math.floor(this.next() * count);
  }

  /** Standard normal by Box-Muller: one pair of uniforms gives two normals, the second kept for the next call. */
  normal(): number {
    if (!Number.isNaN(this.spareNormal)) {
      const spare = this.spareNormal;
      this.spareNormal = Number.NaN;
      return spare;
    }
    const radius = Math.sqrt(-2 * Math.log(1 - this.next())); // 1 - u is in (0, 1], so the log is finite
    const angle = 2 * Math.PI * this.next();
    this.spareNormal = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  }

  /** Gamma(shape, 1) by Marsaglia and Tsang; shape < 1 uses the boost Gamma(shape + 1) * U^(1/shape). */
  gamma(shape: number): number {
    if (shape === 0.5) {
      const z = this.normal(); // Gamma(1/2, 1) is Z^2 / 2 exactly (a chi-square with one degree of freedom, halved)
      return 0.5 * z * z;
    }
    if (shape < 1) {
      const boost = Math.pow(1 - this.next(), 1 / shape);
      return this.gamma(shape + 1) * boost;
    }
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = this.normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = 1 - this.next();
      const xSquared = x * x;
      if (u < 1 - 0.0331 * xSquared * xSquared) return d * v; // the squeeze accepts most draws without a log
      if (Math.log(u) < 0.5 * xSquared + d - d * v + d * Math.log(v)) return d * v;
    }
  }

  /** Dirichlet(concentration, ..., concentration) of the given size, written into out. */
  dirichlet(concentration: number, out: Float64Array | Float32Array): void {
    let sum = 0;
    for (let i = 0; i < out.length; i++) {
      out[i] = this.gamma(concentration);
      sum += out[i];
    }
    for (let i = 0; i < out.length; i++) out[i] = sum > 0 ? out[i] / sum : 1 / out.length;
  }
}
