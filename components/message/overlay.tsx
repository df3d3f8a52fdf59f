"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { useRouter } from "next/navigation";
import { useRef, type ReactNode } from "react";
import { isTypingTarget } from "@/components/keyboard/typing-target";
import { Button } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";

/**
 * The message over the results (an intercepted route), a Radix dialog: it keeps the focus, hides the
 * results from screen readers and stops them scrolling while open. Escape (outside a field, where it
 * first leaves the field: components/keyboard/keyboard-layer.tsx), a click beside it and its button
 * close it by going back, so the list never reloads; the results then give the focus back to the row
 * of the message shown (results-table.tsx), not to whatever Radix would pick.
 */
export function Overlay({ children }: { children: ReactNode }) {
  const router = useRouter();
  const panel = useRef<HTMLDivElement>(null);
  return (
    <Dialog.Root open onOpenChange={(open) => !open && router.back()}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-zinc-950/40" />
        <Dialog.Content
          ref={panel}
          aria-describedby={undefined}
          data-testid="message-overlay"
          data-overlay=""
          onOpenAutoFocus={(event) => {
            event.preventDefault();
            panel.current?.focus();
          }}
          onCloseAutoFocus={(event) => event.preventDefault()}
          onEscapeKeyDown={(event) => {
            if (isTypingTarget(event.target)) event.preventDefault();
          }}
          className="fixed inset-y-0 right-0 z-40 h-full w-full max-w-6xl overflow-y-auto bg-white p-6 shadow-xl outline-none dark:bg-zinc-950"
        >
          <Dialog.Title className="sr-only">Message</Dialog.Title>
          <div className="mb-2 flex justify-end">
            <Dialog.Close asChild>
              <Button>
                <Icon name="x" />
                Close (Esc)
              </Button>
            </Dialog.Close>
          </div>
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
