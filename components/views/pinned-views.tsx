import Link from "next/link";
import { focusRing } from "@/components/ui/button";
import { toViewEntry } from "@/lib/api/view-answers";
import { listViews } from "@/lib/views/saved-views";
import { viewHref } from "./view-table";

const link = `rounded px-1 text-blue-700 underline-offset-2 hover:underline dark:text-blue-400 ${focusRing}`;

/** The user's pinned views, in the navigation. Without the database the navigation goes on without them. */
export async function PinnedViews({ viewerId }: { viewerId: string }) {
  const views = await listViews(viewerId).catch(() => []);
  const pinned = views.filter((view) => view.pinned && view.ownerId === viewerId).slice(0, 8);
  return pinned.map((view) => (
    <Link key={view.id} href={viewHref(toViewEntry(view, viewerId))} className={link}>
      {view.name}
    </Link>
  ));
}
