"use client";

import * as Menu from "@radix-ui/react-dropdown-menu";
import * as Popover from "@radix-ui/react-popover";
import * as Hint from "@radix-ui/react-tooltip";
import { useLayoutEffect, useRef, useState } from "react";
import { buttonClass } from "./button";
import type { MenuButtonProps, PopoverButtonProps } from "./menus";
import type { TooltipProps } from "./tooltip";
import { TriggerLabel } from "./trigger-label";

// Radix's menu, popover and tooltip, styled here once: focus moves into them and back to their button, arrow
// keys walk a menu, Escape and a click outside close them, and they are placed to stay on screen.
// Loaded after the first paint (./menus.tsx).

const SURFACE = "z-50 rounded border border-zinc-300 bg-white p-1.5 text-sm shadow-lg dark:border-zinc-700 dark:bg-zinc-900";

export function RadixMenuButton({ label, icon, items, defaultOpen }: MenuButtonProps) {
  return (
    <Menu.Root modal={false} defaultOpen={defaultOpen}>
      <Menu.Trigger className={buttonClass("secondary")}>
        <TriggerLabel label={label} icon={icon} />
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content align="end" sideOffset={4} collisionPadding={8} className={`${SURFACE} min-w-44`}>
          {items.map((item) => (
            <Menu.Item
              key={item.label}
              disabled={item.disabled}
              onSelect={item.onSelect}
              className="cursor-pointer rounded px-2.5 py-1.5 outline-none select-none data-disabled:cursor-not-allowed data-disabled:opacity-50 data-highlighted:bg-zinc-100 dark:data-highlighted:bg-zinc-800"
            >
              {item.label}
            </Menu.Item>
          ))}
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}

export function RadixPopoverButton({ label, icon, children, defaultOpen, open, onOpenChange }: PopoverButtonProps) {
  return (
    <Popover.Root defaultOpen={defaultOpen} open={open} onOpenChange={onOpenChange}>
      <Popover.Trigger className={buttonClass("secondary")}>
        <TriggerLabel label={label} icon={icon} />
      </Popover.Trigger>
      <Popover.Portal>
        {/* As tall as the screen leaves it, scrolling beyond: a long list stays reachable. */}
        <Popover.Content aria-label={label} align="end" sideOffset={4} collisionPadding={8} className={`${SURFACE} max-h-(--radix-popover-content-available-height) overflow-auto`}>
          {children}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}

export function RadixTooltip({ content, children, before }: TooltipProps) {
  const trigger = useRef<HTMLButtonElement>(null);
  // The control was drawn anew: the focus it had goes with it (./tooltip.tsx).
  const [refocus] = useState(before?.focused ?? false);
  useLayoutEffect(() => {
    if (refocus) trigger.current?.focus();
  }, [refocus]);
  return (
    <Hint.Provider delayDuration={400}>
      <Hint.Root defaultOpen={before?.open}>
        <Hint.Trigger asChild ref={trigger}>
          {children}
        </Hint.Trigger>
        <Hint.Portal>
          <Hint.Content sideOffset={4} collisionPadding={8} className="z-50 max-w-xs rounded bg-zinc-900 px-2 py-1 text-xs text-white shadow-lg dark:bg-zinc-100 dark:text-zinc-900">
            {content}
          </Hint.Content>
        </Hint.Portal>
      </Hint.Root>
    </Hint.Provider>
  );
}
