"use client";

import { lazy, Suspense, type ReactNode } from "react";
import { useHydrated } from "@/lib/preferences/stored-value";
import { buttonClass } from "./button";

// Menus and popovers of the app (Radix, ./radix-menus.tsx). Radix would add ~30 kB to the first load,
// which has a budget (README, Performance): it loads once the page is hydrated, and until then its
// button is drawn as it will look.

export type MenuItem = { label: string; onSelect: () => void; disabled?: boolean };
export type MenuButtonProps = { label: string; items: readonly MenuItem[] };
export type PopoverButtonProps = { label: string; children: ReactNode };

const loadMenus = () => import("./radix-menus");
const RadixMenuButton = lazy(() => loadMenus().then((module) => ({ default: module.RadixMenuButton })));
const RadixPopoverButton = lazy(() => loadMenus().then((module) => ({ default: module.RadixPopoverButton })));

function Placeholder({ label }: { label: string }) {
  return (
    <button type="button" aria-haspopup="true" aria-expanded={false} className={buttonClass("secondary")}>
      {label}
      <span aria-hidden="true">▾</span>
    </button>
  );
}

/** A button that opens a short list of actions. */
export function MenuButton(props: MenuButtonProps) {
  const placeholder = <Placeholder label={props.label} />;
  if (!useHydrated()) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <RadixMenuButton {...props} />
    </Suspense>
  );
}

/** A button that opens a panel of controls (a form, checkboxes). */
export function PopoverButton(props: PopoverButtonProps) {
  const placeholder = <Placeholder label={props.label} />;
  if (!useHydrated()) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <RadixPopoverButton {...props} />
    </Suspense>
  );
}
