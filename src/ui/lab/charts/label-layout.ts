// Places labels along one axis so that none prints over another: each as near its wanted position as the
// neighbours allow, all inside the band.

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

/**
 * Centres (same order as `wanted`) for labels of these heights (a name set on one line or two): each as near
 * its wanted position as the neighbours allow, whole inside [top, bottom] when they all fit, neighbours half
 * their two heights apart. A pass down pushes each below the one above, a pass up pulls the tail back inside.
 */
export function spreadBlocks(wanted: readonly number[], heights: readonly number[], top: number, bottom: number): number[] {
  const order = wanted.map((_, index) => index).sort((a, b) => wanted[a] - wanted[b]);
  const half = order.map((index) => heights[index] / 2);
  const placed = order.map((index) => wanted[index]);
  for (let k = 0; k < placed.length; k += 1) placed[k] = Math.max(placed[k], top + half[k], k > 0 ? placed[k - 1] + half[k - 1] + half[k] : top);
  for (let k = placed.length - 1; k >= 0; k -= 1) placed[k] = Math.min(placed[k], bottom - half[k], k < placed.length - 1 ? placed[k + 1] - half[k + 1] - half[k] : bottom);
  // No room for all: the top wins, so the first names stay readable.
  for (let k = 0; k < placed.length; k += 1) placed[k] = Math.max(placed[k], top + half[k], k > 0 ? placed[k - 1] + half[k - 1] + half[k] : top);
  const result = new Array<number>(wanted.length);
  order.forEach((index, k) => (result[index] = placed[k]));
  return result;
}

/** Names wider than this many ems break onto two lines, so a long name does not narrow the plot beside it. */
const ONE_LINE_EMS = 12;

/**
 * A name as the lines it is set on: one line, or two, broken before a bracketed remark ("Heuristic ",
 * "(knows true preferences)") or else after the space that makes the longer line shortest. The lines keep
 * every character, the space at a break included, so together they read as the name itself.
 */
export function labelLines(text: string, size: number): string[] {
  if (estimateTextWidth(text, size) <= ONE_LINE_EMS * size) return [text];
  const bracket = text.search(/[(（]/);
  if (bracket > 0) return [text.slice(0, bracket), text.slice(bracket)];
  let best: string[] = [text];
  let bestWidth = estimateTextWidth(text, size);
  for (let index = 1; index < text.length - 1; index += 1) {
    if (text[index] !== ' ') continue;
    const lines = [text.slice(0, index + 1), text.slice(index + 1)];
    const width = Math.max(...lines.map((line) => estimateTextWidth(line.trim(), size)));
    if (width < bestWidth) {
      best = lines;
      bestWidth = width;
    }
  }
  return best;
}
