"use client";

import { createContext, use, useCallback, useEffect, useLayoutEffect, useMemo, useState, type ReactNode } from "react";
import { isTypingTarget } from "./typing-target";

// Which part of the page has the keys: the results ("list") until a message comes in front of them,
// over the results or on its own page ("message"). Scopes stack, so closing a message gives the keys
// back to whatever had them before.

export type KeyboardScope = "list" | "message";

type Layer = { active: KeyboardScope; enter: (scope: KeyboardScope) => () => void };

const KeyboardScopes = createContext<Layer>({ active: "list", enter: () => () => {} });

export function KeyboardLayer({ children }: { children: ReactNode }) {
  const [stack, setStack] = useState<readonly KeyboardScope[]>(["list"]);
  const enter = useCallback((scope: KeyboardScope) => {
    setStack((scopes) => [...scopes, scope]);
    return () =>
      setStack((scopes) => {
        const index = scopes.lastIndexOf(scope);
        return index === -1 ? scopes : [...scopes.slice(0, index), ...scopes.slice(index + 1)];
      });
  }, []);
  const layer = useMemo(() => ({ active: stack.at(-1) ?? "list", enter }), [stack, enter]);

  // Escape in a field leaves it, wherever the field is, so the page's own keys work again.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape" && isTypingTarget(event.target) && event.target instanceof HTMLElement) event.target.blur();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  return <KeyboardScopes value={layer}>{children}</KeyboardScopes>;
}

/** The scope that has the keys now. */
export function useActiveScope(): KeyboardScope {
  return use(KeyboardScopes).active;
}

/** While a message is shown (over the results or on its own page), its keys are the ones that listen. */
export function useMessageScope(): void {
  const { enter } = use(KeyboardScopes);
  useLayoutEffect(() => enter("message"), [enter]);
}
