import type { UpstreamMessage } from "@/lib/cloudflare/schemas/message";
import { SEARCHABLE_DISPOSITIONS } from "./overview-values";

// The overview's figures that Cloudflare's search cannot reproduce: a disposition it cannot filter
// (MALICIOUS-BEC), a threat category, a failed SPF, DKIM or DMARC check. Their messages are kept with
// each day's count, so these figures too open the messages that make them up.

export const AUTH_CHECKS = ["spf", "dkim", "dmarc"] as const;
export type AuthCheck = (typeof AUTH_CHECKS)[number];

export type KeptFigure = { disposition: string } | { category: string } | { auth: AuthCheck };

/** How long a kept name may be: a category is the attacker's string as much as Cloudflare's. */
const NAME_LENGTH = 200;

/** The figure's key in a day's tally. */
export function figureKey(figure: KeptFigure): string {
  if ("disposition" in figure) return `disposition:${figure.disposition}`;
  if ("category" in figure) return `category:${figure.category.slice(0, NAME_LENGTH)}`;
  return `auth:${figure.auth}`;
}

/** The keys of the kept figures a message makes up. */
export function figuresOf(message: UpstreamMessage, disposition: string): string[] {
  const keys: string[] = [];
  if (!SEARCHABLE_DISPOSITIONS.has(disposition)) keys.push(figureKey({ disposition }));
  for (const category of new Set(message.threat_categories ?? [])) keys.push(figureKey({ category }));
  for (const check of AUTH_CHECKS) if (message.validation?.[check] === "fail") keys.push(figureKey({ auth: check }));
  return keys;
}

/** The figure in words, for a heading. */
export function describeFigure(figure: KeptFigure): string {
  if ("disposition" in figure) return figure.disposition;
  if ("category" in figure) return `Threat category ${figure.category}`;
  return `${figure.auth.toUpperCase()} failures`;
}

/** The figure as the list's URL names it. */
export function figureParams(figure: KeptFigure): Record<string, string> {
  if ("disposition" in figure) return { disposition: figure.disposition };
  if ("category" in figure) return { category: figure.category };
  return { auth: figure.auth };
}
