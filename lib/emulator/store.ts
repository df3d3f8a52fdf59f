import { generateRecords } from "./generate/generate-messages";
import type { MessageRecord, WireMessage } from "./generate/record";

// The generated messages, newest first, with lookups by investigate id and by bare postfix id.

export type MessageStore = {
  readonly records: readonly MessageRecord[];
  readonly byId: ReadonlyMap<string, MessageRecord>;
  readonly byPostfixId: ReadonlyMap<string, MessageRecord>;
  /** Every wire message, rendered on first access (tests compare with it; the demo never needs it). */
  readonly messages: () => readonly WireMessage[];
  readonly createdInMs: number;
};

export function createStore(options: { seed: number; count: number; now: number }): MessageStore {
  const started = performance.now();
  const records = generateRecords(options);
  const byId = new Map<string, MessageRecord>();
  const byPostfixId = new Map<string, MessageRecord>();
  for (const record of records) {
    byId.set(record.key.id, record);
    byPostfixId.set(record.key.postfixId, record);
  }
  const createdInMs = performance.now() - started;
  let all: readonly WireMessage[] | undefined;
  return {
    records,
    byId,
    byPostfixId,
    messages: () => {
      all ??= Object.freeze(records.map((record) => record.message));
      return all;
    },
    createdInMs,
  };
}

export function findRecord(store: MessageStore, idOrPostfixId: string): MessageRecord | undefined {
  return store.byId.get(idOrPostfixId) ?? store.byPostfixId.get(idOrPostfixId);
}
