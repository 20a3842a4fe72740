// A fixed-capacity ring of numeric records in typed-array columns: the engine's metric storage.

import type { Columns } from '../contracts/metrics-tables';

export class ColumnRing<Field extends string> {
  readonly fields: readonly Field[];
  readonly capacity: number;
  private readonly columns: Columns<Field>;
  /** Records ever pushed; the ring holds the last min(total, capacity) of them. */
  private total = 0;

  constructor(fields: readonly Field[], capacity: number) {
    if (!(capacity >= 1)) throw new RangeError('a ring needs a capacity of at least 1');
    this.fields = fields;
    this.capacity = capacity;
    this.columns = Object.fromEntries(fields.map((field) => [field, new Float64Array(capacity)])) as Columns<Field>;
  }

  get pushed(): number {
    return this.total;
  }

  get size(): number {
    return Math.min(this.total, this.capacity);
  }

  push(record: Record<Field, number>): void {
    const slot = this.total % this.capacity;
    for (const field of this.fields) this.columns[field][slot] = record[field];
    this.total += 1;
  }

  /** The value of a field in the record pushed as number `index` (0-based over all time), if still held. */
  at(field: Field, index: number): number | undefined {
    if (index < this.total - this.capacity || index >= this.total || index < 0) return undefined;
    return this.columns[field][index % this.capacity];
  }

  /** The latest record, or undefined when empty. */
  last(): Record<Field, number> | undefined {
    if (this.total === 0) return undefined;
    const slot = (this.total - 1) % this.capacity;
    return Object.fromEntries(this.fields.map((field) => [field, this.columns[field][slot]])) as Record<Field, number>;
  }

  /**
   * Copies the records pushed since `since` (a value of `pushed` seen earlier), oldest first, as
   * fresh columns. Records already overwritten are skipped; `from` says where the copy starts.
   */
  since(since: number): { from: number; columns: Columns<Field> } {
    const from = Math.max(since, this.total - this.capacity, 0);
    const count = Math.max(0, this.total - from);
    const columns = Object.fromEntries(this.fields.map((field) => [field, new Float64Array(count)])) as Columns<Field>;
    for (let k = 0; k < count; k++) {
      const slot = (from + k) % this.capacity;
      for (const field of this.fields) columns[field][k] = this.columns[field][slot];
    }
    return { from, columns };
  }
}
