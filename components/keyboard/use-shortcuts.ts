"use client";

import { useEffect, useRef } from "react";
import { useHotkeys } from "react-hotkeys-hook";
import { isTypingTarget } from "./typing-target";

// The app's single-key shortcuts. Each belongs to a scope: "list" (the results) or "message" (a message,
// over the results or on its own page); only the scope in front listens (KeyboardLayer, useMessageScope).
// They never fire while the user types in a field (typing `j` in the search box types a `j`), nor with a
// modifier held, and each is matched by the character it types, whatever the keyboard layout.

export type KeyboardScope = "list" | "message";
export type ShortcutKey = "/" | "j" | "k" | "Enter" | "Escape";
export type Shortcuts = Partial<Record<ShortcutKey, (event: KeyboardEvent) => void>>;

const isCommand = (event: KeyboardEvent) =>
  !event.defaultPrevented && !event.isComposing && !event.ctrlKey && !event.metaKey && !event.altKey && !isTypingTarget(event.target);

export function useShortcuts(scope: KeyboardScope, shortcuts: Shortcuts, enabled = true): void {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });
  useHotkeys(
    "*",
    (event) => {
      if (isCommand(event)) latest.current[event.key as ShortcutKey]?.(event);
    },
    // Form fields are judged by isTypingTarget above, which lets a focused checkbox or button pass.
    { scopes: scope, enabled, enableOnFormTags: true },
  );
}
