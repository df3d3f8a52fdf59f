// Campaigns fill a list with the same message to many people. Grouped, each run of identical messages
// (same sender address, same subject) shows once, at its first place, with how many of the loaded rows
// it stands for. Only messages group: a row that could not be read stays alone in its place.

type Groupable = { from: string | null; subject: string | null; unreadable?: unknown };

/** The rows with each group of identical messages reduced to its first, which carries `copies` (the group's
 *  size) when it stands for more than itself. */
export function groupIdentical<Row extends Groupable>(rows: readonly Row[]): Array<Row & { copies?: number }> {
  const keyOf = (row: Row) => (row.unreadable ? null : `${(row.from ?? "").toLowerCase()}\u0000${row.subject ?? ""}`);
  const sizes = new Map<string, number>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key !== null) sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  const shown = new Set<string>();
  const grouped: Array<Row & { copies?: number }> = [];
  for (const row of rows) {
    const key = keyOf(row);
    if (key === null) {
      grouped.push(row);
      continue;
    }
    if (shown.has(key)) continue;
    shown.add(key);
    const size = sizes.get(key) ?? 1;
    grouped.push(size > 1 ? { ...row, copies: size } : row);
  }
  return grouped;
}
