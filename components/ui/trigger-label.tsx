import { Icon } from "./icon";
import type { IconName } from "./icon-names";

/** What a menu's or popover's button says (./menus.tsx), the same before and after Radix arrives. */
export function TriggerLabel({ label, icon }: { label: string; icon?: IconName }) {
  return (
    <>
      {icon ? <Icon name={icon} /> : null}
      {label}
      <Icon name="chevron-down" className="size-3.5 opacity-70" />
    </>
  );
}
