// One plain-language sentence for an SPF/DKIM/DMARC combination. DMARC passes when SPF or DKIM passes
// *and* is aligned with the From domain, so "DKIM passed, DMARC failed" means the signature was for
// another domain: the sentence says so instead of leaving the analyst to know RFC 7489.

export type AuthenticationResults = { spf: string | null; dkim: string | null; dmarc: string | null };

const isPass = (value: string | null) => value === "pass";
const isFail = (value: string | null) => value === "fail";
const unchecked = (value: string | null) => value === null || value === "none";
const isError = (value: string | null) => value === "error" || value === "temperror" || value === "permerror";

export function explainAuthentication({ spf, dkim, dmarc }: AuthenticationResults): string {
  if (unchecked(spf) && unchecked(dkim) && unchecked(dmarc)) {
    return "Nothing was checked: the sender publishes no SPF, DKIM or DMARC that applied, so nothing proves who sent this message.";
  }
  if (isPass(spf) && isPass(dkim) && isPass(dmarc)) {
    return "All three checks passed: the sending server was allowed, the signature is valid and both match the From domain.";
  }
  if (isPass(dmarc)) {
    if (isPass(dkim)) return "DMARC passed on a valid, aligned DKIM signature, although SPF did not pass (typical of forwarded mail).";
    if (isPass(spf)) return "DMARC passed on aligned SPF, although there is no valid DKIM signature.";
    return "DMARC passed, although neither SPF nor DKIM shows a pass here.";
  }
  if (isFail(dmarc)) {
    if (isPass(dkim) && isPass(spf)) {
      return "DMARC failed although SPF and DKIM passed: they passed for another domain than the one in From, so nothing vouches for the From address.";
    }
    if (isPass(dkim)) return "DMARC failed although DKIM passed: the signature belongs to another domain than the one in From, so it does not vouch for the From address.";
    if (isPass(spf)) return "DMARC failed although SPF passed: the envelope sender's domain does not match the From domain, so SPF does not vouch for the From address.";
    return "DMARC failed: neither SPF nor DKIM vouches for the From domain, so the From address may be forged.";
  }
  if (isError(dmarc) || isError(spf) || isError(dkim)) {
    return "A check could not be completed (a temporary or DNS error), so the result is inconclusive rather than a failure.";
  }
  if (unchecked(dmarc)) {
    if (isPass(spf) || isPass(dkim)) return "The sender publishes no DMARC policy, so although a check passed, nothing ties it to the From address.";
    return "The sender publishes no DMARC policy and no check passed: nothing proves who sent this message.";
  }
  return `SPF ${spf ?? "none"}, DKIM ${dkim ?? "none"}, DMARC ${dmarc}: an outcome this dashboard does not explain yet; read the validation comment.`;
}
