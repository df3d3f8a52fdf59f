"use client";

import { useEffect, useLayoutEffect, useRef } from "react";
import { useActiveScope, type KeyboardScope } from "./keyboard-layer";
import { isTypingTarget } from "./typing-target";

// The app's single-key shortcuts. Each belongs to a scope: "list" (the results) or "message" (a message,
// over the results or on its own page); only the scope in front listens (keyboard-layer.tsx). They never
// fire while the user types in a field (typing `j` in the search box types a `j`), nor with a modifier
// held, and each is matched by the character it types, whatever the keyboard layout.

export type ShortcutKey = "/" | "j" | "k" | "Enter" | "Escape" | "c" | "s" | "n" | "x";
export type Shortcuts = Partial<Record<ShortcutKey, (event: KeyboardEvent) => void>>;

const isCommand = (event: KeyboardEvent) =>
  !event.defaultPrevented && !event.isComposing && !event.ctrlKey && !event.metaKey && !event.altKey && !isTypingTarget(event.target);

export function useShortcuts(scope: KeyboardScope, shortcuts: Shortcuts, enabled = true): void {
  const active = useActiveScope() === scope;
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });
  // At commit, not after paint: a key pressed the moment a message appears goes to the message.
  useLayoutEffect(() => {
    if (!enabled || !active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (isCommand(event)) latest.current[event.key as ShortcutKey]?.(event);
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [enabled, active]);
}
