"use client";

import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import { DispositionBadge } from "@/components/ui/disposition-badge";
import { focusRing } from "@/components/ui/button";
import { Time } from "@/components/ui/time";
import { UntrustedText } from "@/components/ui/untrusted-text";
import type { SimilarHash } from "@/lib/investigate/similar-hashes";
import type { SimilarMatch } from "@/lib/investigate/similar-page";
import { lookForSimilar, type SimilarLook as Look } from "@/lib/queries/similar-scan";
import { routes } from "@/lib/routes";
import { SIMILAR_LABELS } from "./similar-by-hash";

// One look for messages with a hash (./similar-by-hash.tsx): the day before and after the message, read
// 1,000 at a time (lib/queries/similar-scan.ts), saying how far it got; "Look further" goes on from there.

const DAY_MS = 86_400_000;

type Found = Look & { running: boolean; error: string | null };
const FRESH: Found = { matches: [], scanned: 0, next: null, running: true, error: null };

/** The day before and after a message, never past now: where its campaign most likely is. */
function around(scannedAt: string): { start: string; end: string } | null {
  const at = Date.parse(scannedAt);
  if (!Number.isFinite(at)) return null;
  return { start: new Date(at - DAY_MS).toISOString(), end: new Date(Math.min(Date.now(), at + DAY_MS)).toISOString() };
}

export default function SimilarLook({ id, scannedAt, by, hash }: { id: string; scannedAt: string; by: SimilarHash; hash: string }) {
  const [span] = useState(() => around(scannedAt));
  const [found, setFound] = useState<Found>(FRESH);
  const controller = useRef<AbortController | null>(null);

  /** Looks from where `before` got to (from the start without it); the state says "running" already. */
  const look = useCallback(
    (before: Found | null) => {
      if (!span) return;
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      const start = before ?? FRESH;
      const progress = (look: Look, running: boolean): Found => ({
        matches: [...start.matches, ...look.matches.filter((match) => match.id !== id)],
        scanned: start.scanned + look.scanned,
        next: look.next,
        running,
        error: null,
      });
      const search = new URLSearchParams({ ...span, detections_only: "false" });
      lookForSimilar(search, by, hash, before?.next ?? null, (look) => !current.signal.aborted && setFound(progress(look, true)), current.signal).then(
        (look) => !current.signal.aborted && setFound(progress(look, false)),
        (error: unknown) => !current.signal.aborted && setFound((now) => ({ ...now, running: false, error: error instanceof Error ? error.message : "The search failed." })),
      );
    },
    [span, id, by, hash],
  );
  useEffect(() => {
    look(null);
    return () => controller.current?.abort();
  }, [look]);

  if (!span) return null;
  const stop = () => {
    controller.current?.abort();
    setFound((now) => ({ ...now, running: false }));
  };
  const button = `text-blue-800 underline dark:text-blue-300 ${focusRing}`;
  return (
    <section aria-label={`Messages with the ${SIMILAR_LABELS[by]}`} data-testid="similar-by-hash" className="mt-1 basis-full rounded border border-zinc-200 p-2 dark:border-zinc-800">
      <p role="status" className="text-zinc-700 dark:text-zinc-300">
        {found.running ? "Looking… " : ""}
        {found.matches.length.toLocaleString("en-US")} found among {found.scanned.toLocaleString("en-US")} messages from <Time iso={span.start} /> to <Time iso={span.end} />
        {found.running || found.error ? "." : found.next ? "; there are more to look through." : ", all of them."}
      </p>
      {found.error ? (
        <p role="alert" className="text-red-800 dark:text-red-300">
          {found.error}
        </p>
      ) : null}
      {found.matches.length > 0 ? <Matches matches={found.matches} linkClass={button} /> : null}
      <div className="mt-1 flex gap-3">
        {found.running ? (
          <button type="button" className={button} onClick={stop}>
            Stop
          </button>
        ) : found.next || found.error ? (
          <button
            type="button"
            className={button}
            onClick={() => {
              setFound({ ...found, running: true, error: null });
              look(found);
            }}
          >
            {found.error ? "Try again" : "Look further"}
          </button>
        ) : null}
      </div>
    </section>
  );
}

function Matches({ matches, linkClass }: { matches: readonly SimilarMatch[]; linkClass: string }) {
  return (
    <ul className="mt-1 space-y-0.5">
      {matches.map((match) => (
        <li key={match.id} data-id={match.id} className="flex flex-wrap items-baseline gap-x-2">
          <Link href={routes.message(match.id)} className={linkClass}>
            <UntrustedText text={match.subject || "(no subject)"} />
          </Link>
          <span className="font-mono text-xs break-all">{match.from ? <UntrustedText text={match.from} kind="address" /> : "(no sender)"}</span>
          <Time iso={match.scanned_at} />
          <DispositionBadge disposition={match.final_disposition} />
        </li>
      ))}
    </ul>
  );
}
