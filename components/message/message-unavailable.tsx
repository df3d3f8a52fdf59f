"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";

/** Cloudflare failed for the message itself: its message, a retry, and a way back. */
export function MessageUnavailable({ message, backHref }: { message: string; backHref: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div role="alert" className="mx-auto max-w-xl p-10 text-center">
      <h1 className="text-xl font-semibold">This message could not be loaded</h1>
      <p className="mt-2">{message}</p>
      <div className="mt-4 flex justify-center gap-3">
        <Button variant="primary" disabled={pending} onClick={() => startTransition(() => router.refresh())}>
          {pending ? "Retrying…" : "Retry"}
        </Button>
        <Link href={backHref} className="self-center underline">
          Back to messages
        </Link>
      </div>
    </div>
  );
}
