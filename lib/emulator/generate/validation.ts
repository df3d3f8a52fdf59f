import type { Draft } from "./draft";
import { domainOf } from "./draft";
import type { AuthResults } from "./record";

// SPF/DKIM/DMARC outcomes that agree with the scenario: spoofs fail DMARC, forwarded mail fails SPF but
// passes DMARC on DKIM, third-party senders pass DKIM for their own domain yet fail DMARC alignment.

export function validationFor(draft: Draft, senderIp: string): AuthResults {
  const fromDomain = domainOf(draft.from);
  const envelopeDomain = domainOf(draft.envelopeFrom) || fromDomain;
  switch (draft.auth) {
    case "aligned":
      return { spf: "pass", dkim: "pass", dmarc: "pass", comment: null, dkimDomain: fromDomain };
    case "aligned-no-dkim":
      return { spf: "pass", dkim: "none", dmarc: "pass", comment: "No DKIM signature; DMARC passed on aligned SPF", dkimDomain: null };
    case "no-dmarc":
      return { spf: "pass", dkim: "pass", dmarc: "none", comment: `No DMARC record published for ${fromDomain}`, dkimDomain: fromDomain };
    case "all-none":
      return { spf: "none", dkim: "none", dmarc: "none", comment: `No SPF, DKIM or DMARC records for ${fromDomain}`, dkimDomain: null };
    case "forwarded":
      return { spf: "fail", dkim: "pass", dmarc: "pass", comment: `SPF failed for forwarding host ${senderIp}; DKIM d=${fromDomain} is aligned`, dkimDomain: fromDomain };
    case "dkim-unaligned":
      return { spf: "pass", dkim: "pass", dmarc: "fail", comment: `DKIM signature d=${envelopeDomain} does not align with From domain ${fromDomain}`, dkimDomain: envelopeDomain };
    case "spoofed":
      return { spf: "fail", dkim: "none", dmarc: "fail", comment: `SPF fail: ${senderIp} is not permitted to send for ${fromDomain}`, dkimDomain: null };
    case "spoofed-neutral":
      return { spf: "neutral", dkim: "fail", dmarc: "fail", comment: "DKIM signature verification failed (body hash mismatch)", dkimDomain: fromDomain };
    case "temp-error":
      return { spf: "error", dkim: "pass", dmarc: "pass", comment: `SPF temporary DNS error for ${envelopeDomain}`, dkimDomain: fromDomain };
  }
}
