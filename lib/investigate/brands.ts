// The brands phishing most often claims, with the domains they really send from. A display name that
// names one, or a sender domain that spells one, from a domain that is not one of these is what an
// analyst looks at first (lib/investigate/anomalies.ts). Kept short on purpose: a brand that is a
// common word (Chase, UPS) would flag ordinary mail.

export type Brand = {
  readonly name: string;
  /** How a display name names the brand. */
  readonly words: RegExp;
  /** The domains the brand sends from; their subdomains too. */
  readonly domains: readonly string[];
};

export const BRANDS: readonly Brand[] = [
  {
    name: "Microsoft",
    words: /\b(microsoft|office ?365|m365|outlook|onedrive|sharepoint)\b/i,
    domains: ["microsoft.com", "office.com", "office365.com", "outlook.com", "live.com", "hotmail.com", "sharepoint.com", "microsoftonline.com", "onmicrosoft.com", "microsoft365.com"],
  },
  { name: "PayPal", words: /\bpaypal\b/i, domains: ["paypal.com"] },
  { name: "DocuSign", words: /\bdocusign\b/i, domains: ["docusign.net", "docusign.com"] },
  { name: "Amazon", words: /\b(amazon|aws)\b/i, domains: ["amazon.com", "amazon.co.uk", "amazon.de", "amazonses.com", "amazonaws.com"] },
  { name: "Apple", words: /\b(apple|icloud|itunes)\b/i, domains: ["apple.com", "icloud.com"] },
  { name: "Google", words: /\b(google|gmail)\b/i, domains: ["google.com", "gmail.com", "googlemail.com"] },
  { name: "DHL", words: /\bdhl\b/i, domains: ["dhl.com", "dhl.de"] },
  { name: "FedEx", words: /\bfedex\b/i, domains: ["fedex.com"] },
  { name: "Wells Fargo", words: /\bwells ?fargo\b/i, domains: ["wellsfargo.com"] },
  { name: "Bank of America", words: /\bbank of america\b/i, domains: ["bankofamerica.com", "bofa.com"] },
  { name: "Adobe", words: /\badobe\b/i, domains: ["adobe.com", "adobesign.com", "echosign.com"] },
  { name: "Okta", words: /\bokta\b/i, domains: ["okta.com"] },
  { name: "LinkedIn", words: /\blinkedin\b/i, domains: ["linkedin.com"] },
  { name: "Netflix", words: /\bnetflix\b/i, domains: ["netflix.com"] },
  { name: "Dropbox", words: /\bdropbox\b/i, domains: ["dropbox.com", "dropboxmail.com"] },
  { name: "Zoom", words: /\bzoom\b/i, domains: ["zoom.us", "zoom.com"] },
  { name: "Facebook", words: /\bfacebook\b/i, domains: ["facebook.com", "facebookmail.com", "meta.com"] },
  { name: "Salesforce", words: /\bsalesforce\b/i, domains: ["salesforce.com"] },
  { name: "Coinbase", words: /\bcoinbase\b/i, domains: ["coinbase.com"] },
];

/** Whether `domain` is `parent` or one of its subdomains. */
export function isWithin(domain: string, parent: string): boolean {
  return domain === parent || domain.endsWith(`.${parent}`);
}

export function sendsFrom(brand: Brand, domain: string): boolean {
  return brand.domains.some((own) => isWithin(domain, own));
}
