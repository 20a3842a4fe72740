// Plain-text tables for the terminal: columns padded to their widest cell.

export interface Column {
  header: string;
  /** Numbers read best right-aligned, names left-aligned. */
  align: 'left' | 'right';
}

export function formatTable(columns: readonly Column[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = columns.map((column, index) => Math.max(column.header.length, ...rows.map((row) => row[index].length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, index) => (columns[index].align === 'left' ? cell.padEnd(widths[index]) : cell.padStart(widths[index])))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(columns.map((column) => column.header)), rule, ...rows.map(line)].join('\n');
}
