"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Time } from "@/components/ui/time";
import type { SessionList as Sessions } from "@/lib/api/session-answers";
import { asApiErrorBody } from "@/lib/queries/api-answers";
import { routes } from "@/lib/routes";

type Session = Sessions["sessions"][number];

/** The user's sessions, each but the current one with a button that ends it. */
export function SessionList({ initial }: { initial: Sessions }) {
  const [sessions, setSessions] = useState(initial.sessions);
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<{ kind: "ok" | "error"; text: string } | null>(null);

  async function act(request: () => Promise<Response>, done: string) {
    setBusy(true);
    setSaid(null);
    try {
      const answer = await request();
      if (!answer.ok) {
        const body = asApiErrorBody(await answer.json().catch(() => null));
        throw new Error(body?.error.message ?? `The dashboard answered ${answer.status}.`);
      }
      const list = await fetch(routes.api.sessions(), { cache: "no-store" });
      if (list.ok) setSessions(((await list.json()) as Sessions).sessions);
      setSaid({ kind: "ok", text: done });
    } catch (error) {
      setSaid({ kind: "error", text: error instanceof Error ? error.message : "The request failed." });
    } finally {
      setBusy(false);
    }
  }

  const others = sessions.filter((session) => !session.current).length;
  return (
    <div className="flex flex-col gap-3">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Your sessions</caption>
        <thead className="border-b border-zinc-200 text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
          <tr>
            <th className="py-2 pr-3 font-medium">Browser</th>
            <th className="py-2 pr-3 font-medium">Signed in</th>
            <th className="py-2 pr-3 font-medium">Last seen</th>
            <th className="py-2 pr-3 font-medium">Ends at the latest</th>
            <th className="py-2 font-medium">
              <span className="sr-only">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((session) => (
            <SessionRow key={session.id} session={session} busy={busy} onEnd={() => void act(() => fetch(routes.api.session(session.id), { method: "DELETE" }), "The session was ended.")} />
          ))}
        </tbody>
      </table>
      <div className="flex items-center gap-3">
        <Button disabled={busy || others === 0} onClick={() => void act(() => fetch(routes.api.sessions(), { method: "DELETE" }), "Every other session was ended.")}>
          End all other sessions
        </Button>
        <p role="status" className={said?.kind === "error" ? "text-sm text-red-700 dark:text-red-400" : "text-sm text-zinc-700 dark:text-zinc-300"}>
          {said?.text}
        </p>
      </div>
    </div>
  );
}

function SessionRow({ session, busy, onEnd }: { session: Session; busy: boolean; onEnd: () => void }) {
  return (
    <tr className="border-b border-zinc-100 align-top dark:border-zinc-900">
      <td className="max-w-xs py-2 pr-3">
        {/* Sent by the browser, so shown as text only. */}
        <span className="line-clamp-2 break-all">{session.userAgent ?? "Not seen yet"}</span>
        <span className="text-xs text-zinc-600 dark:text-zinc-400">via {session.provider === "credentials" ? "dashboard account" : "single sign-on"}</span>
      </td>
      <td className="py-2 pr-3">
        <Time iso={session.signedInAt} />
      </td>
      <td className="py-2 pr-3">
        <Time iso={session.lastSeenAt} />
      </td>
      <td className="py-2 pr-3">
        <Time iso={session.expiresAt} />
      </td>
      <td className="py-2">
        {session.current ? (
          <span className="font-medium">This session</span>
        ) : (
          <Button disabled={busy} onClick={onEnd} aria-label={`End the session signed in at ${session.signedInAt}`}>
            End
          </Button>
        )}
      </td>
    </tr>
  );
}
