// The QR code of a link scans back to the link: drawn from our path, rasterised, and read by the library's own decoder.
import decodeQR from 'qr/decode.js';
import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, modulesPath, qrModules } from './qr-modules';

const PIXELS_PER_MODULE = 4;

/** Paints the path's rectangles into an RGBA image (white paper, black modules), as a camera would see the code. */
function rasterise(path: string, size: number): { width: number; height: number; data: Uint8Array } {
  const width = size * PIXELS_PER_MODULE;
  const data = new Uint8Array(width * width * 4).fill(255);
  for (const [, x, y, run] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let row = Number(y) * PIXELS_PER_MODULE; row < (Number(y) + 1) * PIXELS_PER_MODULE; row += 1) {
      for (let column = Number(x) * PIXELS_PER_MODULE; column < (Number(x) + Number(run)) * PIXELS_PER_MODULE; column += 1) {
        data.fill(0, (row * width + column) * 4, (row * width + column) * 4 + 3);
      }
    }
  }
  return { width, height: width, data };
}

describe('the QR code of a lab link', () => {
  it('scans back to the same link', () => {
    const link = 'https://lab.example/q-shop/?page=train&v=1&preset=myopic&gamma=0.5&seed=7&hide=alpha,advanced&present=1';
    const modules = qrModules(link);
    expect(modules).not.toBeNull();
    expect(decodeQR(rasterise(modulesPath(modules!), modules!.length))).toBe(link);
  });

  it('keeps a light quiet zone around the code', () => {
    const modules = qrModules('?page=train&v=1')!;
    for (let edge = 0; edge < QUIET_ZONE; edge += 1) {
      expect(modules[edge].some(Boolean)).toBe(false);
      expect(modules.at(-1 - edge)!.some(Boolean)).toBe(false);
      expect(modules.some((row) => row[edge] || row.at(-1 - edge))).toBe(false);
    }
  });

  it('draws one rectangle per run of dark modules', () => {
    expect(modulesPath([[false, true, true, false, true], [true, true, true, true, true]])).toBe('M1 0h2v1h-2zM4 0h1v1h-1zM0 1h5v1h-5z');
  });

  it('holds a long link at lower error correction, and gives up only past what a QR code can hold', () => {
    // 2,608 characters: past what version 40 holds at medium correction (2,331 bytes), within low (2,953).
    const longLink = `?page=train&${'hiddenWidth=64&'.repeat(173)}`;
    expect(qrModules(longLink)).not.toBeNull();
    expect(qrModules('x'.repeat(5000))).toBeNull();
  });
});
