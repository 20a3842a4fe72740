// A link as QR modules (drawn locally: no image service, nothing leaves the page) and as one SVG path.
import encodeQR from 'qr';

/** Modules of light margin around the code: the specification asks for 4, scanners manage with 2 on a plain page. */
export const QUIET_ZONE = 2;

/**
 * The code's modules, row by row (true = dark), with the quiet zone; medium error correction (15%)
 * survives a dimmed projector, and low (7%) fits a longer link. Null when even low cannot hold the text.
 */
export function qrModules(text: string): boolean[][] | null {
  for (const ecc of ['medium', 'low'] as const) {
    try {
      return encodeQR(text, 'raw', { ecc, border: QUIET_ZONE });
    } catch {
      // Too long at this level: try the next.
    }
  }
  return null;
}

/** One rectangle per horizontal run of dark modules: a few hundred path commands instead of thousands of squares. */
export function modulesPath(modules: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
    }
  });
  return parts.join('');
}
