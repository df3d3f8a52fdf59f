import type { Network } from "../data/network";
import type { Directory, Person } from "../data/people";
import type { Rng } from "../prng";

// A draft is what a scenario decides about one message (who, what, why it is or is not a threat); the
// assembler turns it into Cloudflare's wire shape with ids, times, delivery and the action log.

/** How SPF, DKIM and DMARC came out; each maps to one validation triple and comment. */
export type AuthProfile =
  | "aligned"
  | "aligned-no-dkim"
  | "no-dmarc"
  | "all-none"
  | "forwarded"
  | "dkim-unaligned"
  | "spoofed"
  | "spoofed-neutral"
  | "temp-error";

export type AttachmentKind = "pdf" | "html" | "office" | "macro" | "zip" | "iso" | "exe" | "p7m" | "ics" | "image";

export type AttachmentDraft = {
  readonly name: string;
  readonly contentType: string;
  readonly kind: AttachmentKind;
  readonly detection: string | null;
  readonly encrypted?: boolean;
  /** Where an HTML attachment's form posts to. */
  readonly target?: string;
};

export type LinkDraft = {
  readonly href: string;
  readonly text: string;
};

export type FindingDraft = {
  readonly name: string;
  readonly detection: string;
  readonly field: string;
  readonly portion: string | null;
  readonly value: string;
  readonly reason: string;
  readonly score: number;
  readonly detail: string | null;
  readonly attachment: string | null;
};

export type BodyKind =
  | "internal"
  | "partner"
  | "invoice"
  | "saas"
  | "newsletter"
  | "personal"
  | "spam"
  | "credential-phish"
  | "invoice-lure"
  | "malware"
  | "bec"
  | "spoof"
  | "voicemail"
  | "qr"
  | "encrypted"
  | "bounce";

export type MessageIdStyle = "outlook" | "gmail" | "ses" | "sendgrid" | "mailchimp" | "salesforce" | "generic";

export type Draft = {
  readonly scenario: string;
  readonly disposition: string | null;
  readonly fromName: string | null;
  readonly from: string;
  readonly envelopeFrom: string;
  readonly replyTo: string | null;
  readonly to: readonly Person[];
  readonly cc: readonly Person[];
  readonly subject: string;
  readonly network: Network;
  /** Set when a reason already names the sending IP; otherwise one is drawn from the network. */
  readonly senderIp?: string;
  readonly auth: AuthProfile;
  readonly originatingIp: string | null;
  readonly threatCategories: readonly string[];
  readonly reasons: readonly string[];
  readonly findings: readonly FindingDraft[];
  readonly links: readonly LinkDraft[];
  readonly attachments: readonly AttachmentDraft[];
  readonly body: { readonly kind: BodyKind; readonly brand: string; readonly cta: string | null };
  /** Policy sends it to quarantine rather than the inbox. */
  readonly quarantine: boolean;
  /** Messages built from one template share an htmltext_structure_hash. */
  readonly template: string;
  readonly messageIdStyle: MessageIdStyle;
  readonly deliveryMode?: string;
  readonly phishSubmission?: boolean;
  /** A mass mailing reaches several people in the same second: extra copies, one per recipient. */
  readonly campaignCopies?: number;
  readonly properties?: Record<string, string | boolean | null>;
};

export type ScenarioContext = {
  readonly directory: Directory;
};

export type Scenario = {
  readonly key: string;
  /** Share of all mail, in percent. */
  readonly weight: number;
  readonly build: (rng: Rng, context: ScenarioContext) => Draft;
};

export function domainOf(address: string): string {
  const at = address.lastIndexOf("@");
  return at < 0 ? "" : address.slice(at + 1).toLowerCase();
}
