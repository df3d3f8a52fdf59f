import Link from "next/link";
import { focusRing } from "@/components/ui/button";
import { routes } from "@/lib/routes";
import { PinnedViews } from "@/components/views/pinned-views";
import { SiteHeader } from "@/components/site-header";
import { SignOutButton } from "./sign-out-button";

const link = `rounded px-1 text-blue-700 underline-offset-2 hover:underline dark:text-blue-400 ${focusRing}`;

/** The pages of the top bar, in order: the audit trail is the managers'. */
function pagesFor(role: string): [href: string, words: string][] {
  return [
    [routes.search(), "Search"],
    [routes.overview(), "Overview"],
    [routes.queue(), "Queue"],
    [routes.views(), "Views"],
    [routes.remediation(), "Requests"],
    ...(role === "manager" ? ([[routes.audit(), "Audit trail"]] as [string, string][]) : []),
    [routes.sessions(), "Your sessions"],
  ];
}

/** The top bar of a signed-in page: the pages every user has, the user's pinned views (with `viewerId`),
 *  who is signed in. */
export function UserBar({ name, role, viewerId }: { name: string; role: string; viewerId?: string }) {
  return (
    <SiteHeader>
      <nav aria-label="Pages" className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-zinc-700 dark:text-zinc-300">
        {pagesFor(role).map(([href, words]) => (
          <Link key={href} href={href} className={link}>
            {words}
          </Link>
        ))}
        {viewerId ? <PinnedViews viewerId={viewerId} /> : null}
      </nav>
      <div aria-label="Account" role="group" className="ml-auto flex flex-wrap items-center gap-x-3 text-sm text-zinc-700 dark:text-zinc-300">
        <span>
          Signed in as <span className="font-medium">{name}</span> ({role})
        </span>
        <SignOutButton />
      </div>
    </SiteHeader>
  );
}
