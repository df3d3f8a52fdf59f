"use client";

import { lazy, Suspense, useState, type ComponentType, type ReactNode } from "react";
import { useHydrated } from "@/lib/preferences/stored-value";
import { buttonClass } from "./button";

// Menus and popovers of the app (Radix, ./radix-menus.tsx). Radix would add ~30 kB to the first load,
// which has a budget (README, Performance): it loads once the page is hydrated, and until then its
// button is drawn as it will look.

export type MenuItem = { label: string; onSelect: () => void; disabled?: boolean };
/** `defaultOpen`: the button was pressed before Radix arrived (whenHydrated), so it opens as it mounts. */
export type MenuButtonProps = { label: string; items: readonly MenuItem[]; defaultOpen?: boolean };
export type PopoverButtonProps = { label: string; children: ReactNode; defaultOpen?: boolean };

const loadMenus = () => import("./radix-menus");
const RadixMenuButton = lazy(() => loadMenus().then((module) => ({ default: module.RadixMenuButton })));
const RadixPopoverButton = lazy(() => loadMenus().then((module) => ({ default: module.RadixPopoverButton })));

function Placeholder({ label, onPress }: { label: string; onPress?: () => void }) {
  return (
    <button type="button" aria-haspopup="true" aria-expanded={false} className={buttonClass("secondary")} onClick={onPress}>
      {label}
      <span aria-hidden="true">▾</span>
    </button>
  );
}

/** The lazy Radix component once the page is hydrated, its button drawn as it will look until then. A
 *  press on that button before Radix arrives is not lost: the control opens as soon as it mounts. */
function whenHydrated<Props extends { label: string; defaultOpen?: boolean }>(Lazy: ComponentType<Props>) {
  return function AfterHydration(props: Props) {
    const [pressed, setPressed] = useState(false);
    const placeholder = <Placeholder label={props.label} onPress={() => setPressed(true)} />;
    if (!useHydrated()) return placeholder;
    return (
      <Suspense fallback={placeholder}>
        <Lazy {...props} defaultOpen={pressed} />
      </Suspense>
    );
  };
}

/** A button that opens a short list of actions. */
export const MenuButton = whenHydrated<MenuButtonProps>(RadixMenuButton);

/** A button that opens a panel of controls (a form, checkboxes). */
export const PopoverButton = whenHydrated<PopoverButtonProps>(RadixPopoverButton);
