"use client";

import PostalMime from "postal-mime";
import { useEffect, useState } from "react";
import { UntrustedText } from "@/components/ui/untrusted-text";
import { htmlLinks, htmlToText } from "./html-text";
import { RAW_READ_BYTES, useRawStart } from "./use-raw-start";

type Body = { text: string; from: "text" | "html" | "none"; links: string[] };

async function bodyOf(raw: string): Promise<Body> {
  const email = await PostalMime.parse(raw, { maxNestingDepth: 32, maxPartCount: 500, attachmentEncoding: "base64" });
  const html = email.html ?? "";
  const links = html ? htmlLinks(html) : [];
  if (email.text?.trim()) return { text: email.text.trim(), from: "text", links };
  if (html) return { text: htmlToText(html), from: "html", links };
  return { text: "", from: "none", links };
}

/**
 * The body as an analyst reads it safely: the message's own text part (or, without one, the words of its
 * HTML), and where its links lead, all as defanged text with hidden characters shown. Nothing of the
 * email is rendered as HTML and nothing in it is a link.
 */
export function BodyText({ id }: { id: string }) {
  const raw = useRawStart(id);
  const [body, setBody] = useState<Body | { failed: string } | null>(null);
  useEffect(() => {
    if (raw.kind !== "shown") return;
    let current = true;
    bodyOf(raw.text).then(
      (parsed) => current && setBody(parsed),
      (error: unknown) => current && setBody({ failed: error instanceof Error ? error.message : "The message could not be read." }),
    );
    return () => {
      current = false;
    };
  }, [raw]);

  if (raw.kind === "failed") return <p role="alert" className="text-sm text-red-800 dark:text-red-300">{raw.words}</p>;
  if (raw.kind === "loading" || body === null) return <p className="text-sm">Reading the message…</p>;
  if ("failed" in body) return <p role="alert" className="text-sm text-red-800 dark:text-red-300">The message&rsquo;s parts could not be read: {body.failed}</p>;
  return (
    <div className="mt-2 space-y-2">
      <p className="text-xs text-zinc-700 dark:text-zinc-300">
        {body.from === "text" ? "The message's plain-text part" : body.from === "html" ? "The words of the message's HTML (it has no plain-text part)" : "The message has no text or HTML part"}
        {raw.cut ? `; read from its first ${RAW_READ_BYTES / 1024 / 1024} MiB` : ""}. Links are defanged and not clickable.
      </p>
      {body.text ? (
        <pre data-testid="body-text" className="max-h-[32rem] overflow-auto rounded border border-zinc-200 p-3 font-sans text-sm break-words whitespace-pre-wrap dark:border-zinc-800">
          <UntrustedText text={body.text} />
        </pre>
      ) : null}
      {body.links.length > 0 ? (
        <div>
          <h4 className="text-xs font-semibold">Links in the HTML ({body.links.length})</h4>
          <ul data-testid="body-links" className="mt-1 space-y-0.5 font-mono text-xs break-all">
            {body.links.map((link) => (
              <li key={link}>
                <UntrustedText text={link} kind="url" />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
