// Why bytes are not a model file this lab can read: a code with its details, which the page words in the
// reader's language. Parts and fields are named as the file names them ("trainer.step", "sessions").

export type FileProblem =
  | { code: 'too-large'; bytes: number; limit: number }
  | { code: 'not-lab-file' }
  | { code: 'container-version'; version: number; supported: number }
  | { code: 'truncated'; bytes: number; expected: number }
  | { code: 'trailing-bytes'; extra: number }
  | { code: 'checksum' }
  | { code: 'not-model-file'; format: string }
  | { code: 'model-version'; version: string; supported: number }
  /** A part of the file (header, array list, one array, a table) is missing or cannot be read. */
  | { code: 'unreadable'; part: string }
  /** A header value is not one a run can hold (a negative step count, a rate above 1). */
  | { code: 'bad-value'; field: string }
  | { code: 'not-finite'; array: string }
  | { code: 'unknown-item'; array: string }
  | { code: 'omits-other-arrays' };
