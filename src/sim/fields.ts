// Field descriptors: the one place a config field's default, range and meaning are written down
// (a table of defaulted fields gives a config its type, its defaults and its schema at once).
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

/** The config a table of defaulted fields describes (each field's value type read off its default). */
export type ConfigOf<Table> = { -readonly [Key in keyof Table]: Table[Key] extends { readonly default: infer Value } ? Value : never };

/** A number field and its default. */
export function numberField(doc: string, defaultValue: number, range: { min: number; max: number; integer?: boolean; logScale?: boolean }): NumberField & { readonly default: number } {
  return { kind: 'number', doc, min: range.min, max: range.max, integer: range.integer ?? false, logScale: range.logScale ?? false, default: defaultValue };
}

/** A choice field and its default (the choices' literal types become the config's type). */
export function choiceField<const Choice extends string>(doc: string, defaultValue: NoInfer<Choice>, choices: readonly Choice[]): ChoiceField<Choice> & { readonly default: Choice } {
  return { kind: 'choice', doc, choices, default: defaultValue };
}

/** An on/off field and its default. */
export function booleanField(doc: string, defaultValue: boolean): BooleanField & { readonly default: boolean } {
  return { kind: 'boolean', doc, default: defaultValue };
}

/** The defaults of a table, as a frozen config. */
export function defaultsOf<Table extends Record<string, { readonly default: unknown }>>(table: Table): Readonly<ConfigOf<Table>> {
  return Object.freeze(Object.fromEntries(Object.entries(table).map(([key, field]) => [key, field.default]))) as Readonly<ConfigOf<Table>>;
}

/** The descriptors of a table without their defaults (what the schema, the drawer and the command line read). */
export function specsOf<Config>(table: { readonly [Key in keyof Config]: FieldSpec & { readonly default: Config[Key] } }): FieldTable<Config> {
  return Object.fromEntries(Object.entries<FieldSpec & { default: unknown }>(table).map(([key, { default: _default, ...spec }]) => [key, spec])) as unknown as FieldTable<Config>;
}
