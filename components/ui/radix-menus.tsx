"use client";

import * as Menu from "@radix-ui/react-dropdown-menu";
import * as Popover from "@radix-ui/react-popover";
import { buttonClass } from "./button";
import type { MenuButtonProps, PopoverButtonProps } from "./menus";

// Radix's menu and popover, styled here once: focus moves into them and back to their button, arrow
// keys walk a menu, Escape and a click outside close them, and they are placed to stay on screen.
// Loaded after the first paint (./menus.tsx).

const SURFACE = "z-50 rounded border border-zinc-300 bg-white p-1.5 text-sm shadow-lg dark:border-zinc-700 dark:bg-zinc-900";

function TriggerLabel({ label }: { label: string }) {
  return (
    <>
      {label}
      <span aria-hidden="true">▾</span>
    </>
  );
}

export function RadixMenuButton({ label, items, defaultOpen }: MenuButtonProps) {
  return (
    <Menu.Root modal={false} defaultOpen={defaultOpen}>
      <Menu.Trigger className={buttonClass("secondary")}>
        <TriggerLabel label={label} />
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

export function RadixPopoverButton({ label, children, defaultOpen }: PopoverButtonProps) {
  return (
    <Popover.Root defaultOpen={defaultOpen}>
      <Popover.Trigger className={buttonClass("secondary")}>
        <TriggerLabel label={label} />
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
