import { SiteHeader } from "@/components/site-header";
import Link from "next/link";
import { routes } from "@/lib/routes";

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-xl p-10 text-center">
        <h1 className="text-xl font-semibold">Nothing here</h1>
        <p className="mt-2 text-zinc-600 dark:text-zinc-400">This address does not lead to a page of the dashboard.</p>
        <Link href={routes.search()} className="mt-4 inline-block underline">
          Go to messages
        </Link>
      </main>
    </>
  );
}
