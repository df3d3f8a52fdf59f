import type { Metadata } from "next";
import { searchMessages } from "@/lib/investigate/search";
import { requirePrincipal } from "@/lib/auth/principal";

export const metadata: Metadata = { title: "Messages" };
export const dynamic = "force-dynamic";

// A first, server-rendered look at the newest detections. The search form and the infinitely
// scrolling table replace it (issue 3).
export default async function MessagesPage() {
  const principal = await requirePrincipal(new Request("http://localhost/messages"));
  const result = await searchMessages({ per_page: 50 }, principal.id);
  return (
    <main className="mx-auto max-w-6xl p-6">
      <h1 className="mb-4 text-xl font-semibold">Newest detections</h1>
      {result.kind === "pending" ? (
        <p role="status">Cloudflare is still searching. Reload in a few seconds.</p>
      ) : (
        <table className="w-full table-fixed text-left text-sm">
          <thead className="border-b border-zinc-300 dark:border-zinc-700">
            <tr>
              <th scope="col" className="w-48 py-2">Scanned (UTC)</th>
              <th scope="col" className="w-64">From</th>
              <th scope="col">Subject</th>
              <th scope="col" className="w-36">Disposition</th>
            </tr>
          </thead>
          <tbody>
            {result.page.messages.map((message) => (
              <tr key={message.id} className="border-b border-zinc-100 dark:border-zinc-900">
                <td className="py-1.5 tabular-nums">{message.scanned_at?.replace("T", " ").slice(0, 19) ?? "—"}</td>
                <td className="truncate" title={message.from ?? undefined}>{message.from_name ?? message.from ?? "—"}</td>
                <td className="truncate" title={message.subject ?? undefined}>{message.subject ?? "(no subject)"}</td>
                <td>{message.final_disposition ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
