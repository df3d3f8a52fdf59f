import type { MissingPart } from "@/lib/investigate/message-detail";

/** Says which parts Cloudflare did not give, so a partial page is never mistaken for a complete one. */
export function MissingParts({ missing }: { missing: readonly MissingPart[] }) {
  if (missing.length === 0) return null;
  return (
    <div role="status" data-testid="missing-parts" className="rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-50">
      <p className="font-medium">Part of this message could not be loaded; the rest is shown.</p>
      <ul className="mt-1 list-disc pl-5">
        {missing.map((item) => (
          <li key={item.part}>
            {`missing: ${item.part} — ${item.reason}`}
          </li>
        ))}
      </ul>
    </div>
  );
}
