import type { ReactNode } from "react";
import { defangHost, defangText, defangUrl } from "@/lib/investigate/defang";
import { hasHiddenCharacters, revealHidden, splitHidden } from "@/lib/investigate/hidden-characters";
import { highlightSegments } from "@/lib/investigate/highlight";

// Every string that came in a message is shown through here: isolated from what surrounds it (<bdi>, so
// a right-to-left name cannot reorder the badge or the label beside it), with each hidden character
// shown as a marked code point, and URLs and hosts defanged.

/** How the text is defanged: free text, a URL, an address or host, or a name that is neither (a file name). */
export type UntrustedKind = "text" | "url" | "address" | "name";

const DEFANG: Record<UntrustedKind, (text: string) => string> = { text: defangText, url: defangUrl, address: defangHost, name: (text) => text };

/** The text as the page shows it, before hidden characters are marked: what marks are matched against. */
export function defangAs(kind: UntrustedKind, text: string): string {
  return DEFANG[kind](text);
}

export function HiddenMark({ code, name }: { code: string; name: string }) {
  return (
    <span
      data-hidden-char={code}
      dir="ltr"
      role="img"
      aria-label={`hidden character: ${name}, ${code}`}
      title={`Hidden character: ${name} (${code})`}
      className="mx-px rounded-sm bg-red-100 px-0.5 font-mono text-[0.75em] font-normal text-red-900 dark:bg-red-950 dark:text-red-100"
    >
      {`⟨${code}⟩`}
    </span>
  );
}

/** The text with its hidden characters marked; as it is, without an element, when it has none. */
export function Revealed({ text }: { text: string }): ReactNode {
  if (!hasHiddenCharacters(text)) return text;
  return splitHidden(text).map((piece, index) => (piece.hidden ? <HiddenMark key={index} {...piece.hidden} /> : piece.text));
}

type Props = { text: string; kind?: UntrustedKind; marks?: readonly string[] };

/** Untrusted text, isolated, defanged and with hidden characters shown; the values findings named marked. */
export function UntrustedText({ text, kind = "text", marks = [] }: Props) {
  const shown = defangAs(kind, text);
  return (
    <bdi>
      {highlightSegments(shown, marks.map((mark) => defangAs(kind, mark))).map((segment, index) =>
        segment.marked ? (
          <mark key={index} data-finding-value="" className="rounded-sm bg-yellow-200 px-0.5 text-zinc-950 dark:bg-yellow-300">
            <Revealed text={segment.text} />
          </mark>
        ) : (
          <Revealed key={index} text={segment.text} />
        ),
      )}
    </bdi>
  );
}

/** The plain-text form of what UntrustedText shows, for the clipboard: defanged, hidden characters as "[U+202E]". */
export function plainAs(kind: UntrustedKind, text: string): string {
  return revealHidden(defangAs(kind, text));
}

/** Several untrusted values, comma-separated, each isolated from the next. */
export function UntrustedList({ values, kind = "text" }: { values: readonly string[]; kind?: UntrustedKind }) {
  return values.map((value, index) => (
    <span key={index}>
      {index > 0 && ", "}
      <UntrustedText text={value} kind={kind} />
    </span>
  ));
}
