"use client";

import { lazy, Suspense, useState } from "react";
import { focusRing } from "@/components/ui/button";
import { SIMILAR_HASHES, type SimilarHash } from "@/lib/investigate/similar-hashes";

// The messages around this one with the same HTML structure hash (one template) or EDF hash, which
// Cloudflare keeps but cannot search by. The buttons are drawn with the page; the look itself
// (./similar-look.tsx) loads when one is pressed, outside the page's first load.

export const SIMILAR_LABELS: Record<SimilarHash, string> = { structure: "same HTML structure", edf: "same EDF hash" };
const SimilarLook = lazy(() => import("./similar-look"));

export function SimilarByHash({ id, scannedAt, hashes }: { id: string; scannedAt: string | null; hashes: Record<SimilarHash, string | null> }) {
  const [asked, setAsked] = useState<{ by: SimilarHash; hash: string } | null>(null);
  const offered = SIMILAR_HASHES.flatMap((by) => {
    const hash = hashes[by];
    return hash ? [{ by, hash }] : [];
  });
  if (!scannedAt || offered.length === 0) return null;
  return (
    <>
      {offered.map((choice) => (
        <button key={choice.by} type="button" aria-pressed={asked?.by === choice.by} className={`text-blue-800 underline dark:text-blue-300 ${focusRing}`} onClick={() => setAsked(choice)}>
          {SIMILAR_LABELS[choice.by]}
        </button>
      ))}
      {asked ? (
        <Suspense fallback={<p className="basis-full">Looking…</p>}>
          <SimilarLook key={asked.by} id={id} scannedAt={scannedAt} by={asked.by} hash={asked.hash} />
        </Suspense>
      ) : null}
    </>
  );
}
