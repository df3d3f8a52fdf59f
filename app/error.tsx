"use client";

import { SiteHeader } from "@/components/site-header";

export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <SiteHeader />
      <main role="alert" className="mx-auto max-w-xl p-10 text-center">
        <h1 className="text-xl font-semibold">This page could not be shown</h1>
        <p className="mt-2 text-zinc-600 dark:text-zinc-400">
          {error.digest ? `Something failed on the server (reference ${error.digest}).` : error.message}
        </p>
        <button type="button" onClick={reset} className="mt-4 rounded border border-zinc-400 px-3 py-1.5">
          Try again
        </button>
      </main>
    </>
  );
}
