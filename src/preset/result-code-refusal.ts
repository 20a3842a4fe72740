// Why a result code is refused, as codes and values: the board words them in the reader's language.

/** The result's fields a code can hold out of range. */
export type ResultField = 'lesson' | 'choice' | 'figures' | 'seed' | 'steps' | 'percent' | 'preset' | 'settings';

/** What a hand-edited but checksummed code can get wrong about itself. */
export type Inconsistency =
  /** The run's settings are not a link the lab takes as written (the lab would correct them). */
  | 'settings-corrected'
  /** The run's settings are a link, but not as the lab writes a run's settings (extra keys, lecture options, another order). */
  | 'settings-rewritten'
  /** The settings name another preset than the code's. */
  | 'preset'
  /** The settings give another training seed than the code's. */
  | 'seed'
  /** The steady figure lies outside its own lowest and highest evaluations. */
  | 'steady-range';

/** What a lesson's own rule finds wrong with a lesson result. */
export type LessonRefusal =
  /** The predicted or measured choice is none of the lesson's. */
  | { code: 'unknown-choice'; choice: string }
  /** The lesson's outcome rule needs a figure the code does not carry. */
  | { code: 'missing-figure'; figure: string }
  /** The lesson's outcome rule, applied to the code's figures, gives another choice than the code's measured one. */
  | { code: 'measured-disagrees'; measured: string; recomputed: string };

export type ResultCodeRefusal =
  /** Not a result code at all (no `QSL<version>-` in front, or far too long). */
  | { code: 'not-a-code' }
  /** A result code of a version this lab cannot read (a newer lab's). */
  | { code: 'unknown-version'; version: string }
  /** Characters a code never holds (a space, punctuation). */
  | { code: 'characters' }
  /** Too short to be a code, or of a length no code has: cut short, or characters added. */
  | { code: 'incomplete' }
  /** The checksum does not match: a character was changed. */
  | { code: 'altered' }
  /** The checksum matches, but the content is not a result the lab writes. */
  | { code: 'unreadable' }
  | { code: 'out-of-range'; field: ResultField }
  | { code: 'inconsistent'; problem: Inconsistency }
  /** The lesson's own rule refuses it (the lesson named, so its choices can be worded). */
  | { code: 'lesson'; lessonId: string; problem: LessonRefusal };
