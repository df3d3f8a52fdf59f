import { SignOutButton } from "./sign-out-button";

export function UserBar({ name, role }: { name: string; role: string }) {
  return (
    <div className="flex items-center justify-end gap-2 px-6 pt-2 text-sm text-zinc-700 dark:text-zinc-300">
      <span>
        Signed in as <span className="font-medium">{name}</span> ({role})
      </span>
      <SignOutButton />
    </div>
  );
}
