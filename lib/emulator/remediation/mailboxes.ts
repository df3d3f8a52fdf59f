import type { MessageRecord, WireActionEntry, WireMessage } from "../generate/record";

// What analysts did to messages after delivery, on top of the generated story: a move puts a message
// in another folder of every recipient's mailbox, a release delivers it from quarantine. Each is an
// ActionEntry in the message's action log and shows in its delivery_status and post_delivery_operations,
// in the message and in search results alike. Held per emulator, in memory; the generated data never changes.

/** The folders a move may name (docs/cloudflare-api.md#value-lists). */
export const MOVE_DESTINATIONS = ["Inbox", "JunkEmail", "DeletedItems", "RecoverableItemsDeletions", "RecoverableItemsPurges"] as const;
export type MoveDestination = (typeof MOVE_DESTINATIONS)[number];

/** One recipient's result of a move, as Cloudflare's MoveResponseItem. */
export type MoveResult = {
  success: boolean;
  completed_at: string;
  destination: string;
  message_id: string;
  operation: "MOVE";
  recipient: string;
  status: string;
};

/** One message's result of a release, as Cloudflare answers it. */
export type ReleaseResult = { id: string; postfix_id: string; delivered: string[]; failed: string[]; undelivered: string[] };

type Changed = { deliveryStatus: string[]; quarantined: boolean; actions: WireActionEntry[] };

/** A recipient whose mailbox the integration cannot reach: a move there fails (the injectable failure). */
const UNREACHABLE = /^unreachable[.+-]/i;

export class Mailboxes {
  private readonly changed = new Map<string, Changed>();

  /** Why the message cannot be moved, or null: only mail in mailboxes moves. */
  refuseMove(record: MessageRecord): string | null {
    const state = this.stateOf(record);
    if (state.quarantined) return "The message is in quarantine, not in a mailbox: release it instead.";
    if (!state.deliveryStatus.some((status) => status === "delivered" || status === "moved" || status === "move_failed")) {
      return `The message was not delivered (${state.deliveryStatus.join(", ")}), so there is nothing to move.`;
    }
    return null;
  }

  move(record: MessageRecord, destination: MoveDestination, now: number): MoveResult[] {
    const at = new Date(now).toISOString();
    const results = recipientsOf(record).map((recipient) => {
      const success = !UNREACHABLE.test(recipient);
      return { success, completed_at: at, destination, message_id: record.facts.messageIdHeader, operation: "MOVE" as const, recipient, status: success ? "completed" : "failed" };
    });
    const anyMoved = results.some((result) => result.success);
    const state = this.stateOf(record);
    const status = !anyMoved ? ["move_failed"] : destination === "Inbox" ? ["delivered"] : results.every((result) => result.success) ? ["moved"] : ["moved", "move_failed"];
    this.changed.set(record.id, {
      ...state,
      deliveryStatus: status,
      actions: [...state.actions, { operation: "MOVE", started_at: at, completed_at: at, status: anyMoved ? "completed" : "failed", success: anyMoved, properties: { destination, requested_by: "api" } }],
    });
    return results;
  }

  release(record: MessageRecord, now: number): ReleaseResult {
    const state = this.stateOf(record);
    const recipients = recipientsOf(record);
    const base = { id: record.id, postfix_id: record.key.postfixId };
    if (!state.quarantined) return { ...base, delivered: [], failed: [], undelivered: recipients };
    const at = new Date(now).toISOString();
    this.changed.set(record.id, {
      quarantined: false,
      deliveryStatus: ["delivered"],
      actions: [...state.actions, { operation: "QUARANTINE_RELEASE", started_at: at, completed_at: at, status: "completed", success: true, properties: { requested_by: "api", released_to: recipients.join(",") } }],
    });
    return { ...base, delivered: recipients, failed: [], undelivered: [] };
  }

  /** Records an action that changes nothing of where the message is (a submission) in its action log. */
  note(record: MessageRecord, operation: string, now: number, properties: Record<string, string>): void {
    const state = this.stateOf(record);
    const at = new Date(now).toISOString();
    this.changed.set(record.id, { ...state, actions: [...state.actions, { operation, started_at: at, completed_at: at, status: "completed", success: true, properties: { requested_by: "api", ...properties } }] });
  }

  /** The message as it stands now: the generated one, with what was done to it since. */
  message(record: MessageRecord): WireMessage {
    const changed = this.changed.get(record.id);
    if (!changed) return record.message;
    const message = record.message;
    const overlay: Partial<Record<keyof WireMessage, unknown>> = { is_quarantined: changed.quarantined };
    // Only the fields this message's generation carries (generate/assemble.ts).
    if (message.delivery_status !== undefined) overlay.delivery_status = changed.deliveryStatus;
    if (message.post_delivery_operations !== undefined) overlay.post_delivery_operations = [...new Set(changed.actions.map((action) => action.operation))];
    return { ...message, ...overlay } as WireMessage;
  }

  /** Every action on the message, the generated ones first. */
  actions(record: MessageRecord): readonly WireActionEntry[] {
    return this.changed.get(record.id)?.actions ?? record.facts.actions;
  }

  clear(): void {
    this.changed.clear();
  }

  private stateOf(record: MessageRecord): Changed {
    return this.changed.get(record.id) ?? { deliveryStatus: [...record.facts.deliveryStatus], quarantined: record.facts.quarantined, actions: [...record.facts.actions] };
  }
}

function recipientsOf(record: MessageRecord): string[] {
  return record.facts.draft.to.map((person) => person.address);
}
