import Link from "next/link";
import { focusRing } from "@/components/ui/button";
import { routes } from "@/lib/routes";
import { PinnedViews } from "@/components/views/pinned-views";
import { SignOutButton } from "./sign-out-button";

const link = `rounded px-1 text-blue-700 underline-offset-2 hover:underline dark:text-blue-400 ${focusRing}`;

/** The top bar: the pages every user has, the user's pinned views (with `viewerId`), who is signed in. */
export function UserBar({ name, role, viewerId }: { name: string; role: string; viewerId?: string }) {
  return (
    <nav aria-label="Account" className="flex items-center justify-end gap-3 px-6 pt-2 text-sm text-zinc-700 print:hidden dark:text-zinc-300">
      {viewerId ? <PinnedViews viewerId={viewerId} /> : null}
      <Link href={routes.search()} className={link}>
        Search
      </Link>
      <Link href={routes.overview()} className={link}>
        Overview
      </Link>
      <Link href={routes.queue()} className={link}>
        Queue
      </Link>
      <Link href={routes.views()} className={link}>
        Views
      </Link>
      <Link href={routes.remediation()} className={link}>
        Requests
      </Link>
      {role === "manager" && (
        <Link href={routes.audit()} className={link}>
          Audit trail
        </Link>
      )}
      <Link href={routes.sessions()} className={link}>
        Your sessions
      </Link>
      <span>
        Signed in as <span className="font-medium">{name}</span> ({role})
      </span>
      <SignOutButton />
    </nav>
  );
}
