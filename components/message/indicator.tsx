import { plainAs, UntrustedText, type UntrustedKind } from "@/components/ui/untrusted-text";
import { CopyButton } from "./copy-button";

/** An indicator (address, domain, URL, IP, hash, id) shown as text with a one-click copy. What is copied is
 *  what is shown, defanged and with hidden characters written out: pasted into a chat or a ticket it stays
 *  dead and says what it holds. The exports keep the exact value. */
export function Indicator({ value, name, kind = "name", marks }: { value: string | null; name: string; kind?: UntrustedKind; marks?: readonly string[] }) {
  if (!value) return <span className="text-zinc-600 dark:text-zinc-400">—</span>;
  return (
    <span className="inline-flex max-w-full items-center gap-1.5">
      <span className="min-w-0 font-mono text-sm break-all">
        <UntrustedText text={value} kind={kind} marks={marks} />
      </span>
      <CopyButton value={plainAs(kind, value)} label={`Copy ${name}`} />
    </span>
  );
}
