// Properties of the result code: every result the lab writes reads back as written; every single-character
// change, every cut and every one-character insertion or deletion is refused; the codes in pasted text are found.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClassResult } from './class-result';
import { formatLabSearch, parseLabSearch } from './lab-url';
import { MAX_SEED } from './play-url';
import { PRESET_NAMES, presetConfig } from './presets';
import { asCarried, checkResult, decodeResult, encodeResult } from './result-code';
import { codesInText } from './result-code-link';
import { PLAIN_VIEW } from './url-keys';

const percent = fc.double({ min: -100, max: 200, noNaN: true });

const run = fc
  .record({ presetName: fc.constantFrom(...PRESET_NAMES), seed: fc.integer({ min: 0, max: MAX_SEED }), steps: fc.nat(), latest: percent, steady: fc.option(fc.tuple(percent, percent, percent), { nil: null }) })
  // Training on the evaluation cohort is a link the lab corrects: no run has that seed.
  .filter(({ presetName, seed }) => seed !== presetConfig(presetName).training.evaluationSeed)
  .map(({ presetName, seed, steps, latest, steady }): ClassResult => {
    const sorted = steady && [...steady].sort((a, b) => a - b);
    return {
      kind: 'run',
      presetName,
      settings: formatLabSearch({ ...parseLabSearch(`?preset=${presetName}&seed=${seed}`), view: PLAIN_VIEW }, null),
      trainingSeed: seed,
      steps,
      latestPercentOfOracle: latest,
      steady: sorted && { percentOfOracle: sorted[1], min: sorted[0], max: sorted[2] },
    };
  });

const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/);
const lesson = fc.record({
  kind: fc.constant('lesson' as const),
  lessonId: id,
  predicted: id,
  measured: id,
  figures: fc.dictionary(fc.stringMatching(/^[a-z][A-Za-z0-9]{0,12}$/), fc.double({ noNaN: true, noDefaultInfinity: true }), { maxKeys: 6 }),
  trainingSeed: fc.integer({ min: 0, max: MAX_SEED }),
  steps: fc.nat(),
});

const result: fc.Arbitrary<ClassResult> = fc.oneof(run, lesson);

/** Characters a change may bring: the code's own alphabet, and what a chat or a keyboard adds. */
const CHARACTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', ' ', '.', '=', '+', '/', 'é', '０'];

describe('result codes', () => {
  it('property: a result reads back as the code carries it (500 results)', () => {
    fc.assert(
      fc.property(result, (written) => {
        expect(checkResult(written)).toBeNull();
        const code = encodeResult(written);
        expect(decodeResult(code)).toEqual({ ok: true, result: asCarried(written) });
        // Carried once, a result's code is the same code again.
        expect(encodeResult(asCarried(written))).toBe(code);
      }),
      { numRuns: 500 },
    );
  });

  it('property: every single-character change, cut, deletion and insertion is refused (8 codes, every position)', () => {
    fc.assert(
      fc.property(result, (written) => {
        const code = encodeResult(written);
        for (let position = 0; position < code.length; position++) {
          for (const character of CHARACTERS) {
            if (character === code[position]) continue;
            const changed = code.slice(0, position) + character + code.slice(position + 1);
            expect(decodeResult(changed).ok, changed).toBe(false);
            const inserted = code.slice(0, position) + character + code.slice(position);
            // A space before the code is what a chat adds: read as the code itself.
            if (inserted.trim() !== code) expect(decodeResult(inserted).ok, inserted).toBe(false);
          }
          expect(decodeResult(code.slice(0, position)).ok).toBe(false);
          expect(decodeResult(code.slice(0, position) + code.slice(position + 1)).ok).toBe(false);
        }
      }),
      { numRuns: 8 },
    );
  });

  it('property: pasted codes are found one a line, inside board links and beside words (200 pastes)', () => {
    fc.assert(
      fc.property(fc.array(result, { minLength: 1, maxLength: 5 }), (results) => {
        const codes = results.map(encodeResult);
        const pasted = codes.map((code, index) => [code, `https://lab.example/?page=board&add=${code}`, `Student ${index}: ${code}`][index % 3]).join('\n');
        expect(codesInText(`\n${pasted}\n\n`)).toEqual(codes);
      }),
      { numRuns: 200 },
    );
  });
});
