import Link from "next/link";
import type { ReactNode } from "react";
import { ThemeToggle } from "@/components/ui/theme-toggle";
import { routes } from "@/lib/routes";

/** The one bar at the top of every page: the product's name, what the page adds (the signed-in user's
 *  navigation, components/auth/user-bar.tsx), and the theme. One bar, not two, so the work starts higher. */
export function SiteHeader({ children }: { children?: ReactNode }) {
  return (
    <header className="flex flex-wrap items-center gap-x-6 gap-y-1 border-b border-zinc-200 px-6 py-1.5 print:hidden dark:border-zinc-800">
      <Link href={routes.search()} className="font-semibold">
        Email triage
      </Link>
      {/* On a phone the pages take a line of their own under the name and the theme. */}
      <div className="order-last flex w-full min-w-0 flex-wrap items-center gap-x-6 gap-y-1 sm:order-none sm:w-auto sm:flex-1">{children}</div>
      <div className="ml-auto sm:ml-0">
        <ThemeToggle />
      </div>
    </header>
  );
}
