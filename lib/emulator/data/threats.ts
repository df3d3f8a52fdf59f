// Threat categories as /detections returns them ({id, name, description}); messages carry only the names.

export type ThreatCategory = {
  readonly id: number;
  readonly name: string;
  readonly description: string;
};

const list: readonly ThreatCategory[] = [
  { id: 1, name: "IPReputation", description: "The sending IP address has a poor reputation." },
  { id: 2, name: "ASNReputation", description: "The sending network (ASN) is a frequent source of abuse." },
  { id: 3, name: "CredentialHarvester", description: "The message leads to a page that collects credentials." },
  { id: 4, name: "BEC", description: "Business email compromise: a request for money or data from an impersonated party." },
  { id: 5, name: "Impersonation", description: "The sender imitates a trusted brand, person or domain." },
  { id: 6, name: "LinkRewriting", description: "Links are wrapped or redirected to hide their destination." },
  { id: 7, name: "Malware", description: "An attachment or link delivers malicious code." },
  { id: 8, name: "NewDomain", description: "The sending or linked domain was registered recently." },
  { id: 9, name: "Spoof", description: "The sender address is forged: the message fails DMARC." },
  { id: 10, name: "Spam", description: "Unsolicited commercial email." },
  { id: 11, name: "BulkMail", description: "Legitimate mass mailing such as newsletters and marketing." },
  { id: 12, name: "SuspiciousAttachment", description: "The attachment type is often abused (HTML, ISO, macro document)." },
  { id: 13, name: "QRCode", description: "The message hides a link in a QR code image." },
  { id: 14, name: "ExecutiveImpersonation", description: "The display name matches an executive of your organisation." },
  { id: 15, name: "Extortion", description: "Threats or demands for payment." },
];

export const THREAT_CATEGORIES: ReadonlyMap<string, ThreatCategory> = new Map(list.map((category) => [category.name, category]));

/** Cloudflare defangs the last dot of an address or domain in reasons: `127.0.0[dot]186`. */
export function defang(value: string): string {
  const dot = value.lastIndexOf(".");
  return dot < 0 ? value : `${value.slice(0, dot)}[dot]${value.slice(dot + 1)}`;
}

/** Links in findings are shown as hxxp(s) with bracketed dots, as analysts write them. */
export function writeDefanged(url: string): string {
  return url.replace(/^http/i, "hxxp").replace(/\./g, "[.]");
}

export const bold = (value: string) => `<b>${value}</b>`;
