// Field descriptors: the one place a config field's default, range and meaning are written down.
// Each concern's config (simulator, agent, training) is built from a table of these, and the
// preset schema and the lab's controls read the same table.

export interface NumberField {
  kind: 'number';
  /** One line for people: what the field does, with its unit. */
  doc: string;
  min: number;
  max: number;
  /** Whole numbers only. */
  integer?: boolean;
  /** A slider for this field moves on a log scale (learning rates). */
  logScale?: boolean;
}

export interface ChoiceField<T extends string = string> {
  kind: 'choice';
  doc: string;
  choices: readonly T[];
}

export interface BooleanField {
  kind: 'boolean';
  doc: string;
}

export type FieldSpec = NumberField | ChoiceField | BooleanField;

/** A table of field descriptors keyed like the config it documents. */
export type FieldTable<Config> = { readonly [Key in keyof Config]: FieldSpec };

/** Clamps a number into a field's range (and rounds it when the field is whole). */
export function clampToField(field: NumberField, value: number): number {
  const rounded = field.integer ? Math.round(value) : value;
  return Math.min(field.max, Math.max(field.min, rounded));
}
