import Link from "next/link";
import { focusRing } from "@/components/ui/button";
import { routes } from "@/lib/routes";
import { SignOutButton } from "./sign-out-button";

const link = `rounded px-1 text-blue-700 underline-offset-2 hover:underline dark:text-blue-400 ${focusRing}`;

export function UserBar({ name, role }: { name: string; role: string }) {
  return (
    <nav aria-label="Account" className="flex items-center justify-end gap-3 px-6 pt-2 text-sm text-zinc-700 dark:text-zinc-300">
      {role === "manager" && (
        <Link href={routes.audit()} className={link}>
          Audit trail
        </Link>
      )}
      <Link href={routes.sessions()} className={link}>
        Your sessions
      </Link>
      <span>
        Signed in as <span className="font-medium">{name}</span> ({role})
      </span>
      <SignOutButton />
    </nav>
  );
}
