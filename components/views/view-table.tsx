import Link from "next/link";
import { focusRing } from "@/components/ui/button";
import { Time } from "@/components/ui/time";
import type { ViewEntry } from "@/lib/api/view-answers";
import { routes } from "@/lib/routes";
import { DeleteViewButton } from "./delete-view-button";

/** Where a view opens: its search, or (when its time moves with the clock) a page that says so first. */
export const viewHref = (view: Pick<ViewEntry, "id" | "relative" | "searchQuery">) => (view.relative ? routes.view(view.id) : routes.search(view.searchQuery));

/** The user's saved views and the team's shared ones. Names are the team's own text: shown as text. */
export function ViewTable({ views }: { views: ViewEntry[] }) {
  if (views.length === 0) return <p className="text-sm text-zinc-700 dark:text-zinc-300">No saved view yet: save one from a search.</p>;
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Saved views</caption>
      <thead className="border-b border-zinc-200 text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
        <tr>
          {["Name", "Search", "Time", "Saved by", "Saved", ""].map((name, index) => (
            <th key={index} scope="col" className="py-2 pr-3 font-medium">
              {name || <span className="sr-only">Actions</span>}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {views.map((view) => (
          <tr key={view.id} className="border-b border-zinc-100 align-top dark:border-zinc-900">
            <td className="py-2 pr-3">
              <Link href={viewHref(view)} className={`text-blue-700 underline-offset-2 hover:underline dark:text-blue-400 ${focusRing}`}>
                {view.name}
              </Link>
              {view.shared ? <span className="ml-2 text-xs text-zinc-600 dark:text-zinc-400">shared</span> : null}
              {view.pinned && view.mine ? <span className="ml-2 text-xs text-zinc-600 dark:text-zinc-400">pinned</span> : null}
            </td>
            <td className="max-w-md py-2 pr-3 font-mono text-xs break-all">{view.searchQuery || "(every message)"}</td>
            <td className="py-2 pr-3">{view.relative ? "Relative: moves with the clock" : "Fixed"}</td>
            <td className="py-2 pr-3">{view.mine ? "You" : view.owner}</td>
            <td className="py-2 pr-3 whitespace-nowrap">
              <Time iso={view.savedAt} />
            </td>
            <td className="py-2">{view.mine ? <DeleteViewButton id={view.id} name={view.name} /> : null}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
