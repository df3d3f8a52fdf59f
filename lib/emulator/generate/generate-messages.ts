import { buildDirectory } from "../data/people";
import { hostileRecords } from "../hostile-messages";
import { Rng, hashString } from "../prng";
import { assemble } from "./assemble";
import { postfixId } from "./identifiers";
import type { MessageRecord } from "./record";
import { SCENARIOS, SCENARIO_WEIGHTS } from "./scenarios";
import { sampleTime } from "./timeline";

// The data set: `count` messages over the 30 days before `now`, the same for the same seed and `now`,
// newest first. The hostile messages are part of the count.

export type GenerateOptions = {
  readonly seed: number;
  readonly count: number;
  readonly now: number;
};

export type SortKey = {
  readonly time: number;
  readonly id: string;
};

/** Newest first; equal times by id, also descending, so the whole key runs one way. */
export function compareRecords(a: SortKey, b: SortKey): number {
  if (a.time !== b.time) return b.time - a.time;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

export function generateRecords({ seed, count, now }: GenerateOptions): MessageRecord[] {
  const directory = buildDirectory(seed);
  const context = { directory };
  const rng = new Rng(hashString(`messages:${seed}`));
  const hostile = hostileRecords(directory, now);
  const used = new Set(hostile.map((record) => record.key.postfixId));
  const target = Math.max(0, count - hostile.length);
  const records: MessageRecord[] = [];

  const freshPostfixId = () => {
    for (;;) {
      const candidate = postfixId(rng);
      if (!used.has(candidate)) {
        used.add(candidate);
        return candidate;
      }
    }
  };

  while (records.length < target) {
    const scenario = rng.weighted(SCENARIOS, SCENARIO_WEIGHTS);
    const draftSeed = rng.uint32();
    // Drafts are rebuilt from their seed when needed rather than kept (see generate/record.ts).
    const makeDraft = () => scenario.build(new Rng(draftSeed), context);
    const draft = makeDraft();
    const time = sampleTime(rng, now);
    const copies = 1 + (draft.campaignCopies ?? 0);
    const reached = new Set(draft.to.map((person) => person.address));
    for (let copy = 0; copy < copies && records.length < target; copy++) {
      let copyDraft = makeDraft;
      let prebuilt = draft;
      if (copy > 0) {
        const person = rng.pick(directory.everyone);
        if (reached.has(person.address)) continue;
        reached.add(person.address);
        copyDraft = () => ({ ...makeDraft(), to: [person], cc: [] });
        prebuilt = { ...draft, to: [person], cc: [] };
      }
      records.push(assemble({ draft: copyDraft, time, now, seed: rng.uint32(), postfixId: freshPostfixId() }, undefined, prebuilt));
    }
  }
  const all = count >= hostile.length ? [...records, ...hostile] : records;
  return all.sort(compareRecords);
}
