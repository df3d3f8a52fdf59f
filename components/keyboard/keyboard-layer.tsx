"use client";

import { useEffect, type ReactNode } from "react";
import { HotkeysProvider, useHotkeys, useHotkeysContext } from "react-hotkeys-hook";
import { isTypingTarget } from "./typing-target";

/** The page's keyboard: the results listen until a message comes in front of them. */
export function KeyboardLayer({ children }: { children: ReactNode }) {
  return (
    <HotkeysProvider initiallyActiveScopes={["list"]}>
      <EscapeLeavesField />
      {children}
    </HotkeysProvider>
  );
}

/** Escape in a field leaves it, wherever the field is, so the page's own keys work again. */
function EscapeLeavesField() {
  useHotkeys(
    "escape",
    (event) => {
      if (isTypingTarget(event.target) && event.target instanceof HTMLElement) event.target.blur();
    },
    { enableOnFormTags: true, enableOnContentEditable: true },
  );
  return null;
}

/** While a message is shown (over the results or on its own page), its keys are the ones that listen. */
export function useMessageScope(): void {
  const { enableScope, disableScope } = useHotkeysContext();
  useEffect(() => {
    disableScope("list");
    enableScope("message");
    return () => {
      disableScope("message");
      enableScope("list");
    };
  }, [enableScope, disableScope]);
}
