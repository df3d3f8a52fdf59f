import type { MessageDetails } from "../contract/message";
import type { Draft } from "./draft";

// What the emulator keeps per message. Eagerly: the sort key and the search index. Lazily, from the
// message's own seeds: the facts every view derives from (so the wire object, detections, trace, raw EML
// and preview tell the same story) and the wire object. Holding facts and wire objects for all 20,000
// messages from the start made creation several times slower, nearly all of it garbage collection, and
// a search page only ever needs a few.

export type WireMessage = Readonly<MessageDetails>;

/** Which generation of fields a message carries; see assemble.ts. */
export type FieldGeneration = "both" | "new" | "old";

export type AttachmentRecord = {
  readonly name: string;
  readonly contentType: string;
  readonly kind: Draft["attachments"][number]["kind"];
  readonly detection: string | null;
  readonly encrypted: boolean;
  readonly target: string | null;
  /** The bytes are made again from this seed when the raw EML is asked for. */
  readonly contentSeed: number;
  readonly size: number;
  readonly md5: string;
  readonly sha1: string;
  readonly sha256: string;
};

export type WireActionEntry = {
  readonly operation: string;
  readonly started_at: string;
  readonly completed_at: string;
  readonly status: string;
  readonly success: boolean;
  readonly properties: Record<string, string>;
};

export type AuthResults = {
  readonly spf: string;
  readonly dkim: string;
  readonly dmarc: string;
  readonly comment: string | null;
  readonly dkimDomain: string | null;
};

export type RecordFacts = {
  readonly draft: Draft;
  readonly generation: FieldGeneration;
  /** Scan time in ms (whole seconds): the sort key, with the id. */
  readonly time: number;
  readonly stamp: string;
  readonly sentAt: number;
  readonly sentStamp: string;
  readonly id: string;
  readonly postfixId: string;
  readonly seed: number;
  /** Whether `detections_only` keeps it; see detection-rule.ts. */
  readonly detection: boolean;
  readonly senderIp: string;
  readonly heloHost: string;
  readonly previousHopIp: string;
  readonly messageIdHeader: string;
  readonly validation: AuthResults;
  readonly attachments: readonly AttachmentRecord[];
  readonly actions: readonly WireActionEntry[];
  readonly deliveryStatus: readonly string[];
  readonly deliveryMode: string;
  readonly quarantined: boolean;
  readonly phishSubmission: boolean;
  readonly postfixIdOutbound: string | null;
};

/**
 * Lower-cased strings the filters search with indexOf. Lists are joined with SEPARATOR and wrapped in
 * it (`\u0001a@b.com\u0001c@d.com\u0001`), so exact and suffix matches are one substring test.
 */
export type SearchIndex = {
  readonly haystack: string;
  readonly senders: string;
  readonly recipients: string;
  readonly linkDomains: string;
  readonly operations: string;
  readonly deliveryStatus: string;
};

export const SEPARATOR = "\u0001";

/** The few facts every search needs, kept eagerly for all messages. */
export type RecordKey = {
  readonly id: string;
  readonly postfixId: string;
  /** Scan time in ms (whole seconds): the sort key, with the id. */
  readonly time: number;
  readonly detection: boolean;
  /** The rest are wire values the exact-match filters compare with. */
  readonly disposition: string | null;
  readonly subject: string | null;
  readonly subjectLower: string;
  readonly alertId: string | null;
  readonly messageId: string | null;
  readonly heloIp: string | null;
  readonly submission: boolean;
};

export class MessageRecord {
  private cachedFacts: RecordFacts | undefined;
  private cachedWire: WireMessage | undefined;

  constructor(
    readonly key: RecordKey,
    readonly index: SearchIndex,
    private readonly computeFacts: () => RecordFacts,
    private readonly render: (facts: RecordFacts) => WireMessage,
  ) {}

  /** Recomputed from the message's seeds on first use; the result is identical every time. */
  get facts(): RecordFacts {
    this.cachedFacts ??= this.computeFacts();
    return this.cachedFacts;
  }

  get message(): WireMessage {
    this.cachedWire ??= this.render(this.facts);
    return this.cachedWire;
  }

  get id(): string {
    return this.key.id;
  }

  get time(): number {
    return this.key.time;
  }
}
