/** The <option>s of a choice of values, each with the words shown for it; with `empty`, a first choice of none (""). */
export function SelectOptions({ options, empty }: { options: readonly (readonly [string, string])[]; empty?: string }) {
  return (
    <>
      {empty !== undefined ? <option value="">{empty}</option> : null}
      {options.map(([option, words]) => (
        <option key={option} value={option}>
          {words}
        </option>
      ))}
    </>
  );
}
