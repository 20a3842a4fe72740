// Tests of the seeded random streams: reproducibility, seed mixing and the distributions' moments.
import { describe, expect, it } from 'vitest';
import { RandomStream, deriveSeed } from './random';

function moments(draw: () => number, count: number): { mean: number; sd: number } {
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < count; i++) {
    const value = draw();
    sum += value;
    squares += value * value;
  }
  const mean = sum / count;
  return { mean, sd: Math.sqrt(squares / count - mean * mean) };
}

describe('RandomStream', () => {
  it('repeats the same draws from the same seed and differs for another seed', () => {
    const first = new RandomStream(42);
    const second = new RandomStream(42);
    const other = new RandomStream(43);
    const a = Array.from({ length: 100 }, () => first.next());
    const b = Array.from({ length: 100 }, () => second.next());
    const c = Array.from({ length: 100 }, () => other.next());
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('matches the published mulberry32 output for seed 42', () => {
    // Reference values of the canonical mulberry32 (bryc/code, PRNGs.md) seeded with 42.
    const reference = (seed: number) => () => {
      let t = (seed += 0x6d2b79f5);
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const canonical = reference(42);
    const stream = new RandomStream(42);
    for (let i = 0; i < 10; i++) expect(stream.next()).toBe(canonical());
  });

  it('resumes exactly from a saved state, including a waiting Box-Muller normal', () => {
    const stream = new RandomStream(7);
    stream.normal(); // leaves the pair's second normal waiting
    const saved = stream.getState();
    const expected = [stream.normal(), stream.next(), stream.normal()];
    const resumed = new RandomStream(0);
    resumed.setState(saved);
    expect([resumed.normal(), resumed.next(), resumed.normal()]).toEqual(expected);
  });

  it('keeps uniforms and integers inside their ranges', () => {
    const stream = new RandomStream(1);
    const uniforms = Array.from({ length: 10_000 }, () => stream.uniform(-0.05, 0.05));
    expect(Math.min(...uniforms)).toBeGreaterThanOrEqual(-0.05);
    expect(Math.max(...uniforms)).toBeLessThan(0.05);
    const integers = new Set(Array.from({ length: 10_000 }, () => stream.integer(24)));
    expect([...integers].sort((a, b) => a - b)).toEqual(Array.from({ length: 24 }, (_, k) => k));
  });

  it('draws uniforms with mean 1/2 and variance 1/12', () => {
    const stream = new RandomStream(3);
    const { mean, sd } = moments(() => stream.next(), 100_000);
    expect(mean).toBeCloseTo(0.5, 2);
    expect(sd).toBeCloseTo(Math.sqrt(1 / 12), 2);
  });

  it('draws standard normals: mean 0, sd 1', () => {
    const stream = new RandomStream(5);
    const { mean, sd } = moments(() => stream.normal(), 100_000);
    expect(Math.abs(mean)).toBeLessThan(0.01); // standard error 0.003
    expect(Math.abs(sd - 1)).toBeLessThan(0.01);
  });

  it('draws Gamma(k, 1) with mean k and variance k, for the k = 1/2 shortcut and Marsaglia-Tsang', () => {
    const stream = new RandomStream(11);
    for (const shape of [0.5, 0.3, 2.5]) {
      const { mean, sd } = moments(() => stream.gamma(shape), 100_000);
      expect(Math.abs(mean - shape) / shape).toBeLessThan(0.02);
      expect(Math.abs(sd - Math.sqrt(shape)) / Math.sqrt(shape)).toBeLessThan(0.03);
    }
  });

  it('draws Dirichlet vectors that sum to 1 with mean 1/6 per category', () => {
    const stream = new RandomStream(13);
    const out = new Float64Array(6);
    const totals = new Float64Array(6);
    const draws = 20_000;
    let smallest = Number.POSITIVE_INFINITY;
    let worstSum = 0;
    for (let i = 0; i < draws; i++) {
      stream.dirichlet(0.5, out);
      let sum = 0;
      for (let c = 0; c < 6; c++) {
        smallest = Math.min(smallest, out[c]);
        sum += out[c];
        totals[c] += out[c];
      }
      worstSum = Math.max(worstSum, Math.abs(sum - 1));
    }
    expect(smallest).toBeGreaterThanOrEqual(0);
    expect(worstSum).toBeLessThan(1e-12);
    // Var(p_c) = (1/6)(5/6) / (6 * 0.5 + 1) = 0.035, so the mean's standard error is 0.0013.
    for (const total of totals) expect(Math.abs(total / draws - 1 / 6)).toBeLessThan(0.006);
  });
});

describe('deriveSeed', () => {
  it('is a pure function of (seed, index)', () => {
    expect(deriveSeed(42, 3)).toBe(deriveSeed(42, 3));
    expect(deriveSeed(42, 3)).not.toBe(deriveSeed(42, 4));
    expect(deriveSeed(42, 3)).not.toBe(deriveSeed(43, 3));
  });

  it('gives distinct 32-bit seeds for neighbouring indices and seeds', () => {
    const seeds = new Set<number>();
    for (let seed = 0; seed < 50; seed++) {
      for (let index = 0; index < 200; index++) {
        const derived = deriveSeed(seed, index);
        expect(Number.isInteger(derived) && derived >= 0 && derived < 2 ** 32).toBe(true);
        seeds.add(derived);
      }
    }
    expect(seeds.size).toBe(50 * 200);
  });

  it('spreads: neighbouring indices differ in about half of their 32 bits, and every bit is set about half the time', () => {
    const count = 5000;
    let flipped = 0;
    const ones = new Float64Array(32);
    for (let index = 0; index < count; index++) {
      const derived = deriveSeed(42, index);
      let difference = (derived ^ deriveSeed(42, index + 1)) >>> 0;
      while (difference) {
        flipped += difference & 1;
        difference >>>= 1;
      }
      for (let bit = 0; bit < 32; bit++) ones[bit] += (derived >>> bit) & 1;
    }
    expect(flipped / count).toBeGreaterThan(15);
    expect(flipped / count).toBeLessThan(17);
    for (const count1 of ones) expect(Math.abs(count1 / count - 0.5)).toBeLessThan(0.04);
  });
});
