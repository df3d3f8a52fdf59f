import { UntrustedText } from "@/components/ui/untrusted-text";
import type { Detections } from "@/lib/investigate/detections";
import Link from "next/link";
import { focusRing } from "@/components/ui/button";
import { Indicator, pivotHref } from "./indicator";
import { Empty } from "./section";

/** Links as defanged text, never anchors: clicking does nothing, and copying gives the defanged URL. */
export function LinksList({ links, marks }: { links: Detections["links"]; marks: readonly string[] }) {
  if (links.length === 0) return <Empty>No links.</Empty>;
  return (
    <ul className="space-y-2">
      {links.map((link, index) => (
        <li key={index} data-testid="link" className="text-sm">
          <Indicator value={link.href} name="link" kind="url" marks={marks} />
          <LinkDomainSearch href={link.href} />
          {link.text && (
            <span className="block text-xs text-zinc-700 dark:text-zinc-300">
              Text: <UntrustedText text={link.text} />
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The search for mail linking to the same domain (Cloudflare's `domain` covers link domains), when the link has one. */
function LinkDomainSearch({ href }: { href: string | null }) {
  const host = href ? /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^:/?#]+)/i.exec(href)?.[1]?.toLowerCase() : undefined;
  if (!host) return null;
  return (
    <Link href={pivotHref({ domain: host })} className={`ml-2 text-xs text-blue-800 underline dark:text-blue-300 ${focusRing}`}>
      Mail linking to <UntrustedText text={host} kind="address" />
    </Link>
  );
}
