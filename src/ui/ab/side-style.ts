// Each side's colour and dash on every chart and card: Okabe-Ito blue (A, solid) and vermillion (B, dashed),
// told apart by colour-blind readers and in greyscale prints alike.
import type { AbSide } from '../../preset/ab-setup';
import { PALETTE } from '../lab/charts/chart-data';

export const SIDE_STYLE: Record<AbSide, { color: string; dashed: boolean }> = {
  a: { color: PALETTE.blue, dashed: false },
  b: { color: PALETTE.vermillion, dashed: true },
};
