import type { ReactNode } from "react";
import { UserBar } from "@/components/auth/user-bar";
import { requirePageSession } from "@/lib/auth/page-session";

// The results (children) and, when a row is opened from them, the message over them (the modal slot).
// Signed out, every page under /messages goes to sign-in (each page checks again: layouts and pages
// render in parallel).
export default async function MessagesLayout({ children, modal }: { children: ReactNode; modal: ReactNode }) {
  const principal = await requirePageSession();
  return (
    <>
      <UserBar name={principal.name} role={principal.role} viewerId={principal.id} />
      {children}
      {modal}
    </>
  );
}
