import type { SortKey } from "../generate/generate-messages";
import { compareRecords } from "../generate/generate-messages";
import type { MessageRecord } from "../generate/record";
import type { MessageStore } from "../store";
import type { Cursor } from "./cursor";
import { encodeCursor } from "./cursor";
import type { CompiledSearch } from "./filters";

// One page of a search by keyset: find where the cursor's key sits in the sorted records (binary
// search), then walk in sort order testing each message until the page is full. Every match is visited
// exactly once across pages, whatever per_page each call uses.

export type FoundPage = {
  readonly records: readonly MessageRecord[];
  readonly next: string | null;
  readonly previous: string | null;
};

/** First index whose record satisfies `past`, which must be false then true along the order. */
function boundary(records: readonly MessageRecord[], past: (record: MessageRecord) => boolean): number {
  let low = 0;
  let high = records.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (past(records[middle] as MessageRecord)) high = middle;
    else low = middle + 1;
  }
  return low;
}

function scan(records: readonly MessageRecord[], from: number, to: number, step: 1 | -1, want: number, search: CompiledSearch): MessageRecord[] {
  const found: MessageRecord[] = [];
  for (let i = from; step === 1 ? i < to : i >= to; i += step) {
    const record = records[i] as MessageRecord;
    if (search.test(record)) {
      found.push(record);
      if (found.length >= want) break;
    }
  }
  return found;
}

export function runSearch(store: MessageStore, search: CompiledSearch, perPage: number, cursor: Cursor | null): FoundPage {
  const { records } = store;
  // Newest first: the window is [first record not newer than end, first record older than start).
  const low = boundary(records, (record) => record.time <= search.end);
  const high = boundary(records, (record) => record.time < search.start);
  const key: SortKey | null = cursor ? { time: cursor.time, id: cursor.id } : null;
  const after = (record: SortKey) => encodeCursor({ direction: "n", time: record.time, id: record.id });
  const before = (record: SortKey) => encodeCursor({ direction: "p", time: record.time, id: record.id });

  if (key && cursor?.direction === "p") {
    const end = Math.min(high, boundary(records, (record) => compareRecords(record, key) >= 0));
    const found = scan(records, end - 1, low, -1, perPage + 1, search).reverse();
    const page = found.length > perPage ? found.slice(1) : found;
    const first = page[0];
    const last = page.at(-1);
    const olderStart = last ? boundary(records, (record) => compareRecords(record, last) > 0) : end;
    const hasOlder = scan(records, Math.max(low, olderStart), high, 1, 1, search).length > 0;
    return {
      records: page,
      next: hasOlder ? after(last ?? key) : null,
      previous: found.length > perPage && first ? before(first) : null,
    };
  }

  const start = key ? Math.max(low, boundary(records, (record) => compareRecords(record, key) > 0)) : low;
  const found = scan(records, start, high, 1, perPage + 1, search);
  const page = found.slice(0, perPage);
  const last = page.at(-1);
  let previous: string | null = null;
  if (key) {
    const anchor = page[0] ?? key;
    const newerEnd = Math.min(high, boundary(records, (record) => compareRecords(record, anchor) >= 0));
    if (scan(records, newerEnd - 1, low, -1, 1, search).length > 0) previous = before(anchor);
  }
  return { records: page, next: found.length > perPage && last ? after(last) : null, previous };
}
