/** Says where the message hides characters, before the analyst reads a name that is not what it seems. */
export function HiddenCharactersWarning({ fields }: { fields: readonly string[] }) {
  if (fields.length === 0) return null;
  return (
    <div role="status" data-testid="hidden-characters" className="rounded border border-red-400 bg-red-50 p-3 text-sm text-red-950 dark:bg-red-950 dark:text-red-50">
      <p>
        <span className="font-medium">This message contains hidden or direction-changing characters</span> in: {fields.join(", ")}. Each
        is shown as its code point, such as ⟨U+202E⟩; copied text writes it as [U+202E].
      </p>
    </div>
  );
}
