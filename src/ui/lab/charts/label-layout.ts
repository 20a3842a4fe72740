// Places labels along one axis so that none prints over another: each as near its wanted position as the
// neighbours allow, all inside the band.

/**
 * Positions (same order as `wanted`) at least `gap` apart and inside [start, end] when they fit: a pass
 * down pushes each below the one above, a pass up pulls the tail back inside the band. When there is no
 * room for all of them the band's start wins (the first labels stay readable).
 */
export function spreadLabels(wanted: readonly number[], gap: number, start: number, end: number): number[] {
  const order = wanted.map((_, index) => index).sort((a, b) => wanted[a] - wanted[b]);
  const placed = order.map((index) => wanted[index]);
  for (let k = 0; k < placed.length; k += 1) placed[k] = Math.max(placed[k], start, k > 0 ? placed[k - 1] + gap : start);
  for (let k = placed.length - 1; k >= 0; k -= 1) placed[k] = Math.min(placed[k], end, k < placed.length - 1 ? placed[k + 1] - gap : end);
  for (let k = 0; k < placed.length; k += 1) placed[k] = Math.max(placed[k], start + k * gap);
  const result = new Array<number>(wanted.length);
  order.forEach((index, k) => (result[index] = placed[k]));
  return result;
}

/** East Asian wide characters: a full em each; the rest of a label's characters average about 0.62 em. */
const WIDE = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;

/**
 * A label's width in pixels, estimated from its characters (measuring the text in the DOM would force a
 * layout on every redraw); generous on purpose, so a label's gutter is never too narrow.
 */
export function estimateTextWidth(text: string, size: number): number {
  let ems = 0;
  for (const character of text) ems += WIDE.test(character) ? 1 : 0.62;
  return Math.ceil(ems * size);
}
