// Why a link's key was not taken as written, as codes and numbers: the link readers write these, the page words them.

/**
 * Why link text was not taken as written. The first three still give a value (the one named); the
 * last three give none, and the caller says what is used instead.
 */
export type ValueProblem =
  | { code: 'above-max'; max: number }
  | { code: 'below-min'; min: number }
  | { code: 'not-whole'; used: number }
  | { code: 'not-a-number' }
  | { code: 'not-a-choice'; choices: readonly string[] }
  | { code: 'not-a-boolean' };

/** What is used instead of a value the link gave that is no value at all. */
export type CorrectionFallback =
  | { kind: 'preset-value'; value: string }
  | { kind: 'preset-agent'; agent: string }
  /** A lecture option left off. */
  | { kind: 'off' };

/** A setting a link opens with, by its flat schema name, and its value as a link writes it. */
export interface RecipeSetting {
  name: string;
  value: string;
}

/** Why the lab could not take a key as written, and what it did instead (the page words it). */
export type CorrectionReason =
  | { code: 'link-version'; version: number }
  /** A link of an older version, rebuilt on the defaults it was written against: the settings those defaults gave it. */
  | { code: 'earlier-recipe'; version: number; settings: readonly RecipeSetting[] }
  | { code: 'unknown-preset'; presets: readonly string[] }
  | { code: 'same-field'; earlier: string }
  /** A value clamped or rounded (fallback null), or unusable (fallback says what is used). */
  | { code: 'value'; problem: ValueProblem; fallback: CorrectionFallback | null }
  | { code: 'unknown-key' }
  | { code: 'repeated'; times: number; first: string }
  | { code: 'not-hideable'; controls: readonly string[] }
  /** A compare link's side setting written without its side's letter: ignored (the keys to write instead). */
  | { code: 'per-side'; sideKeys: readonly [string, string] }
  /** A compare link's shared setting written with a side's letter: ignored (the key to write instead). */
  | { code: 'shared-only'; key: string }
  /** The training seed equals the evaluation seed (training would run on the cohort it is scored on): `used` trains instead. */
  | { code: 'training-on-cohort'; seed: number; used: number };
