// The results table's columns fitted to the width it has: columns of a known width (time, disposition,
// authentication, and every column the user has resized) keep it; the text columns (sender,
// recipients, subject, threats) share what is left in proportion to their sizes, never below their
// floors. So at 1280 px and up nothing is cut by default; past the floors (many columns chosen, a narrow
// window) the table scrolls sideways rather than crush a column to nothing.

export type ColumnWidthSpec = {
  size: number;
  /** Set for a column that shrinks and grows with the page: the least it gets. */
  flexMin?: number;
};

export function fitColumns(columns: readonly ColumnWidthSpec[], available: number): number[] {
  const flexSizes = columns.reduce((sum, column) => sum + (column.flexMin === undefined ? 0 : column.size), 0);
  if (flexSizes === 0) return columns.map((column) => column.size);
  const fixed = columns.reduce((sum, column) => sum + (column.flexMin === undefined ? column.size : 0), 0);
  const scale = Math.max(0, available - fixed) / flexSizes;
  const widths = columns.map((column) => (column.flexMin === undefined ? column.size : Math.max(column.flexMin, Math.floor(column.size * scale))));
  // The pixels rounding left over go to the widest text column, so the table ends at the page's edge.
  const spare = available - widths.reduce((sum, width) => sum + width, 0);
  if (spare > 0 && spare < columns.length) {
    let widest = -1;
    columns.forEach((column, index) => {
      if (column.flexMin !== undefined && (widest === -1 || column.size > (columns[widest]?.size ?? 0))) widest = index;
    });
    if (widest !== -1) widths[widest] = (widths[widest] ?? 0) + spare;
  }
  return widths;
}
