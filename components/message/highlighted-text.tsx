import { highlightSegments } from "@/lib/investigate/highlight";

/** Text with the values findings named marked. Every piece is React text: nothing here is markup. */
export function HighlightedText({ text, values }: { text: string; values: readonly string[] }) {
  return (
    <>
      {highlightSegments(text, values).map((segment, index) =>
        segment.marked ? (
          <mark key={index} data-finding-value="" className="rounded-sm bg-yellow-200 px-0.5 text-zinc-950 dark:bg-yellow-300">
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
