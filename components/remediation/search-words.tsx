import { UntrustedText } from "@/components/ui/untrusted-text";

/** A search as words: each filter and its value (values are shown inert: a subject may be an attacker's). */
export function SearchWords({ search }: { search: Record<string, string | boolean> }) {
  const entries = Object.entries(search);
  if (entries.length === 0) return <>all mail</>;
  return (
    <span data-testid="search-words">
      {entries.map(([name, value], index) => (
        <span key={name}>
          {index > 0 ? ", " : ""}
          <span className="font-mono text-xs">{name.replaceAll("_", " ")}</span> <UntrustedText text={String(value)} />
        </span>
      ))}
    </span>
  );
}
