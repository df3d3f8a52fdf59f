import type { Rng } from "../prng";
import type { Draft } from "./draft";
import type { WireActionEntry } from "./record";

// What happened to a message after the verdict: inbox, quarantine, rejection, and the post-delivery
// actions (auto-retraction MOVEs, analyst PREVIEWs and releases, user SUBMISSIONs) with their times.

const ANALYSTS = ["soc.analyst@acme-corp.com", "priya.patel@acme-corp.com", "it-helpdesk@acme-corp.com"] as const;

export type DeliveryOutcome = {
  readonly quarantined: boolean;
  readonly status: readonly string[];
  readonly actions: readonly WireActionEntry[];
  readonly phishSubmission: boolean;
};

const MOVE_CHANCE: Record<string, number> = { SUSPICIOUS: 0.45, SPAM: 0.35, SPOOF: 0.6, MALICIOUS: 0.9, "MALICIOUS-BEC": 0.85, BULK: 0.04 };
const PREVIEW_CHANCE: Record<string, number> = { SUSPICIOUS: 0.3, SPOOF: 0.25, MALICIOUS: 0.35, "MALICIOUS-BEC": 0.4, SPAM: 0.05, BULK: 0.01 };

export function deliver(rng: Rng, draft: Draft, time: number, now: number): DeliveryOutcome {
  const disposition = draft.disposition ?? "NONE";
  const actions: WireActionEntry[] = [];
  let clock = time;
  // Actions follow the scan in order; near `now` they squeeze into the time left rather than pile up.
  const at = (minMinutes: number, maxMinutes: number) => {
    const next = clock + rng.int(minMinutes * 60_000, maxMinutes * 60_000);
    clock = next < now - 1000 ? next : clock + Math.max(0, now - 1000 - clock) * rng.next();
    return Math.floor(clock);
  };
  const entry = (operation: string, start: number, success: boolean, properties: Record<string, string>): WireActionEntry => ({
    operation,
    started_at: new Date(start).toISOString(),
    completed_at: new Date(Math.min(now - 500, start + rng.int(300, 9000))).toISOString(),
    status: success ? "completed" : "failed",
    success,
    properties,
  });

  const phishSubmission = draft.phishSubmission ?? rng.chance(disposition === "NONE" ? 0.003 : disposition === "BULK" ? 0.005 : 0.04);
  let quarantined = draft.quarantine;
  let status: string[];

  if (disposition === "MALICIOUS" && !quarantined && rng.chance(0.15)) {
    status = ["rejected"];
  } else if (quarantined) {
    status = ["quarantined"];
    if (rng.chance(0.3)) actions.push(entry("PREVIEW", at(10, 600), true, { requested_by: rng.pick(ANALYSTS) }));
    if (rng.chance(disposition === "SPAM" || disposition === "SUSPICIOUS" ? 0.2 : 0.05)) {
      const recipients = draft.to.map((person) => person.address).join(",");
      actions.push(entry("QUARANTINE_RELEASE", at(5, 900), true, { requested_by: rng.pick(ANALYSTS), released_to: recipients }));
      quarantined = false;
      status = ["delivered"];
    }
  } else {
    status = ["delivered"];
    if (disposition === "NONE") {
      const roll = rng.next();
      if (roll < 0.004) status = ["deferred"];
      else if (roll < 0.007) status = ["bounced"];
      else if (roll < 0.009) status = ["queued"];
    }
    const moveChance = MOVE_CHANCE[disposition] ?? (disposition === "NONE" ? 0.002 : 0);
    if (rng.chance(moveChance)) {
      const failed = rng.chance(0.05);
      const destination = disposition === "MALICIOUS" || disposition === "MALICIOUS-BEC" ? "RecoverableItemsDeletions" : rng.pick(["JunkEmail", "DeletedItems"]);
      actions.push(entry("MOVE", at(1, 40), !failed, { destination, requested_by: disposition === "NONE" ? rng.pick(ANALYSTS) : "auto-retract" }));
      status = failed ? ["move_failed"] : draft.to.length > 1 && rng.chance(0.3) ? ["delivered", "moved"] : ["moved"];
    }
    if (rng.chance(PREVIEW_CHANCE[disposition] ?? 0.004)) actions.push(entry("PREVIEW", at(5, 300), true, { requested_by: rng.pick(ANALYSTS) }));
  }
  if (phishSubmission) {
    actions.push(entry("SUBMISSION", at(2, 240), true, { submitted_by: draft.to[0]?.address ?? "user@acme-corp.com", expected_disposition: disposition === "NONE" ? "MALICIOUS" : "NONE" }));
  }
  return { quarantined, status, actions, phishSubmission };
}

/** The deprecated embedded log: the same entries, plus completed_timestamp and the older RELEASE name. */
export function embeddedActionLog(rng: Rng, actions: readonly WireActionEntry[]): Record<string, unknown>[] {
  const legacyNames = rng.chance(0.5);
  const log: Record<string, unknown>[] = actions.map((action) => ({
    completed_at: action.completed_at,
    completed_timestamp: action.completed_at.slice(0, 19),
    operation: legacyNames && action.operation === "QUARANTINE_RELEASE" ? "RELEASE" : action.operation,
    properties: action.properties,
  }));
  const submission = actions.find((action) => action.operation === "SUBMISSION");
  if (submission && rng.chance(0.5)) {
    log.push({ completed_at: submission.completed_at, completed_timestamp: submission.completed_at.slice(0, 19), operation: "RECLASSIFY", properties: { expected_disposition: submission.properties.expected_disposition ?? "NONE" } });
  }
  return log;
}
