"use client";

// No site header and no next/link here: this boundary's code loads with every page, and either would be a
// second copy of what the pages already load (README, Performance). A plain link to the landing page reloads, as an error wants.
export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main role="alert" className="mx-auto max-w-xl p-10 text-center">
      <h1 className="text-xl font-semibold">This page could not be shown</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">
        {error.digest ? `Something failed on the server (reference ${error.digest}).` : error.message}
      </p>
      <div className="mt-4 flex justify-center gap-4">
        <button type="button" onClick={reset} className="rounded border border-zinc-400 px-3 py-1.5">
          Try again
        </button>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a reload, and no next/link in this boundary (above) */}
        <a href="/" className="self-center underline">
          Start again
        </a>
      </div>
    </main>
  );
}
