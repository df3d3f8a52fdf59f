"use client";

import { Button } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { routes } from "@/lib/routes";

// next-auth/react (with its babel runtime) is loaded on the click, not with every page under /messages:
// signing out is the only thing the browser does with it.
const signOut = async () => (await import("next-auth/react")).signOut({ callbackUrl: routes.signIn() });

export function SignOutButton() {
  return (
    <Button variant="ghost" onClick={() => void signOut()}>
      <Icon name="log-out" />
      Sign out
    </Button>
  );
}
