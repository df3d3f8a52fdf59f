import { UntrustedText } from "@/components/ui/untrusted-text";
import type { Detections } from "@/lib/investigate/detections";
import { Indicator } from "./indicator";
import { Empty } from "./section";

/** Links as defanged text, never anchors: clicking does nothing, and copying gives the defanged URL. */
export function LinksList({ links, marks }: { links: Detections["links"]; marks: readonly string[] }) {
  if (links.length === 0) return <Empty>No links.</Empty>;
  return (
    <ul className="space-y-2">
      {links.map((link, index) => (
        <li key={index} data-testid="link" className="text-sm">
          <Indicator value={link.href} name="link" kind="url" marks={marks} />
          {link.text && (
            <span className="block text-xs text-zinc-700 dark:text-zinc-300">
              Text: <UntrustedText text={link.text} />
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
