// What the emulator answers, in Cloudflare's documented shapes (docs/cloudflare-api.md): MessageDetails
// (a search item and the detail object alike) and the detections of one message (ActionEntry is
// WireActionEntry in generate/record.ts). The
// emulator's own copy, apart from the client's schemas, which its tests use to read these answers back.

type Maybe<T> = T | null | undefined;

export type WireFinding = {
  attachment?: Maybe<string>;
  detail?: Maybe<string>;
  detection?: Maybe<string>;
  field?: Maybe<string>;
  name?: Maybe<string>;
  portion?: Maybe<string>;
  reason?: Maybe<string>;
  score?: Maybe<number>;
  value?: Maybe<string>;
};

export type WireValidation = { comment?: Maybe<string>; dkim?: Maybe<string>; dmarc?: Maybe<string>; spf?: Maybe<string> };

/** The operations an ActionEntry of …/action_log may name; the deprecated embedded log has more. */
export const ACTION_LOG_OPERATIONS: readonly string[] = ["PREVIEW", "QUARANTINE_RELEASE", "SUBMISSION", "MOVE"];

export type MessageDetails = {
  id: string;
  postfix_id: string;
  /** Deprecated: the embedded action log. */
  action_log?: unknown;
  client_recipients?: Maybe<string[]>;
  detection_reasons?: Maybe<string[]>;
  is_phish_submission?: Maybe<boolean>;
  is_quarantined?: Maybe<boolean>;
  properties?: Maybe<Record<string, unknown>>;
  /** Deprecated in favour of scanned_at. */
  ts?: Maybe<string>;
  alert_id?: Maybe<string>;
  delivery_mode?: Maybe<string>;
  delivery_status?: Maybe<string[]>;
  edf_hash?: Maybe<string>;
  envelope_from?: Maybe<string>;
  envelope_to?: Maybe<string[]>;
  final_disposition?: Maybe<string>;
  /** Deprecated in favour of …/detections. */
  findings?: Maybe<WireFinding[]>;
  from?: Maybe<string>;
  from_name?: Maybe<string>;
  htmltext_structure_hash?: Maybe<string>;
  message_id?: Maybe<string>;
  post_delivery_operations?: Maybe<string[]>;
  postfix_id_outbound?: Maybe<string>;
  replyto?: Maybe<string>;
  scanned_at?: Maybe<string>;
  sent_at?: Maybe<string>;
  /** Deprecated in favour of sent_at. */
  sent_date?: Maybe<string>;
  smtp_helo_server_ip?: Maybe<string>;
  smtp_previous_hop_ip?: Maybe<string>;
  subject?: Maybe<string>;
  threat_categories?: Maybe<string[]>;
  to?: Maybe<string[]>;
  to_name?: Maybe<string[]>;
  validation?: Maybe<WireValidation>;
  x_originating_ip?: Maybe<string>;
};

export type WireDetections = {
  action?: Maybe<string>;
  attachments?: Maybe<
    {
      size?: Maybe<number>;
      content_type?: Maybe<string>;
      detection?: Maybe<string>;
      encrypted?: Maybe<boolean>;
      filename?: Maybe<string>;
      name?: Maybe<string>;
      md5?: Maybe<string>;
      sha1?: Maybe<string>;
      sha256?: Maybe<string>;
    }[]
  >;
  findings?: Maybe<WireFinding[]>;
  headers?: Maybe<{ name?: Maybe<string>; value?: Maybe<string> }[]>;
  links?: Maybe<{ href?: Maybe<string>; text?: Maybe<string> }[]>;
  sender_info?: Maybe<{ as_name?: Maybe<string>; as_number?: Maybe<number | string>; geo?: Maybe<string>; ip?: Maybe<string>; pld?: Maybe<string> }>;
  threat_categories?: Maybe<{ id?: Maybe<number | string>; name?: Maybe<string>; description?: Maybe<string> }[]>;
  validation?: Maybe<WireValidation>;
  final_disposition?: Maybe<string>;
};
