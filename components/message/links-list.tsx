import { defangHost, defangUrl } from "@/lib/investigate/defang";
import type { Detections } from "@/lib/investigate/detections";
import { HighlightedText } from "./highlighted-text";
import { Indicator } from "./indicator";
import { Empty } from "./section";

/** Links as defanged text, never anchors: copying gives the exact URL, clicking does nothing. */
export function LinksList({ links, marks }: { links: Detections["links"]; marks: readonly string[] }) {
  if (links.length === 0) return <Empty>No links.</Empty>;
  return (
    <ul className="space-y-2">
      {links.map((link, index) => (
        <li key={index} data-testid="link" className="text-sm">
          <Indicator value={link.href} name="link" display={link.href ? <HighlightedText text={defangUrl(link.href)} values={marks.map(defangUrl)} /> : undefined} />
          {link.text && <span className="block text-xs text-zinc-700 dark:text-zinc-300">Text: {defangHost(link.text)}</span>}
        </li>
      ))}
    </ul>
  );
}
