// A model file keeps the link of the run it saved: one saved under an older link version opens with the
// defaults it was trained under, and a link that needs corrections is still refused.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAB_CONFIG, applyPatch } from '../contracts/lab-config';
import { LINK_RECIPES } from '../preset/link-recipes';
import { PRESETS } from '../preset/presets';
import { readFileLink } from './run-files';

describe("a model file's link", () => {
  it('of link version 1 opens with the defaults its checkpoint was trained under', () => {
    const read = readFileLink('?page=train&v=1&preset=trust-hidden&seed=7');
    expect(read.ok).toBe(true);
    const expected = applyPatch(applyPatch(applyPatch(DEFAULT_LAB_CONFIG, LINK_RECIPES[1]), PRESETS['trust-hidden'].patch), { training: { trainingSeed: 7 } });
    expect(read.ok && read.link.config).toEqual(expected);
  });

  it('that needs a correction is refused, naming the key', () => {
    const read = readFileLink('?page=train&v=1&gamma=7');
    expect(read.ok).toBe(false);
    expect(!read.ok && read.refusal).toMatchObject({ code: 'link-settings', key: 'gamma' });
  });
});
