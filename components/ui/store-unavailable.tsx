/** Said where a page needs the dashboard's database and cannot reach it. */
export function StoreUnavailable({ what }: { what: string }) {
  return (
    <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
      The dashboard&apos;s database is unavailable, so {what} cannot be shown just now. Searches and messages still work. Try again shortly; if it
      lasts, tell your administrator.
    </p>
  );
}
