"use client";

import { lazy, Suspense, useState, type ComponentType, type ReactNode } from "react";
import { useHydrated } from "@/lib/preferences/stored-value";
import { buttonClass } from "./button";
import type { IconName } from "./icon-names";
import { TriggerLabel } from "./trigger-label";

// Menus and popovers of the app (Radix, ./radix-menus.tsx). Radix would add ~30 kB to the first load,
// which has a budget (README, Performance): it loads once the page is hydrated, and until then its
// button is drawn as it will look. Tooltips are ./tooltip.tsx, the same way.

export type MenuItem = { label: string; onSelect: () => void; disabled?: boolean };
/** `defaultOpen`: the button was pressed before Radix arrived (whenHydrated), so it opens as it mounts. */
export type MenuButtonProps = { label: string; icon?: IconName; items: readonly MenuItem[]; defaultOpen?: boolean };
/** `open` and `onOpenChange`: for a panel that closes itself when its work is done (a form sent). */
export type PopoverButtonProps = { label: string; icon?: IconName; children: ReactNode; defaultOpen?: boolean; open?: boolean; onOpenChange?: (open: boolean) => void };

const loadMenus = () => import("./radix-menus");
const RadixMenuButton = lazy(() => loadMenus().then((module) => ({ default: module.RadixMenuButton })));
const RadixPopoverButton = lazy(() => loadMenus().then((module) => ({ default: module.RadixPopoverButton })));

function Placeholder({ label, icon, onPress }: { label: string; icon?: IconName; onPress?: () => void }) {
  return (
    <button type="button" aria-haspopup="true" aria-expanded={false} className={buttonClass("secondary")} onClick={onPress}>
      <TriggerLabel label={label} icon={icon} />
    </button>
  );
}

/** The lazy Radix component once the page is hydrated, its button drawn as it will look until then. A
 *  press on that button before Radix arrives is not lost: the control opens as soon as it mounts. */
function whenHydrated<Props extends { label: string; icon?: IconName; defaultOpen?: boolean; onOpenChange?: (open: boolean) => void }>(Lazy: ComponentType<Props>) {
  return function AfterHydration(props: Props) {
    const [pressed, setPressed] = useState(false);
    const press = () => {
      setPressed(true);
      props.onOpenChange?.(true);
    };
    const placeholder = <Placeholder label={props.label} icon={props.icon} onPress={press} />;
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
