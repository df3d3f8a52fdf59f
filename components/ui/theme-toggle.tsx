"use client";

import { useEffect } from "react";
import { focusRing } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import type { IconName } from "@/components/ui/icon-names";
import { Tooltip } from "@/components/ui/tooltip";
import { useStoredValue } from "@/lib/preferences/stored-value";
import { applyTheme, DARK_QUERY, parseTheme, THEME_CHOICES, type ThemeChoice } from "@/lib/preferences/theme";
import { themeStore } from "@/lib/preferences/theme-store";

const LABELS: Record<ThemeChoice, string> = { system: "System", light: "Light", dark: "Dark" };
const ICONS: Record<ThemeChoice, IconName> = { system: "monitor", light: "sun", dark: "moon" };

/** System, light or dark. "System" follows the operating system's setting as it changes. */
export function ThemeToggle() {
  const raw = useStoredValue(themeStore);
  const choice = parseTheme(raw);

  useEffect(() => {
    applyTheme(choice);
    if (choice !== "system") return;
    const media = window.matchMedia(DARK_QUERY);
    const onChange = () => applyTheme("system");
    media.addEventListener("change", onChange);
    return () => media.removeEventListener("change", onChange);
  }, [choice]);

  return (
    <div role="group" aria-label="Theme" className="flex rounded border border-zinc-300 p-0.5 dark:border-zinc-700">
      {THEME_CHOICES.map((value) => (
        <Tooltip key={value} content={`${LABELS[value]} theme`}>
          <button
            type="button"
            aria-label={LABELS[value]}
            aria-pressed={choice === value}
            onClick={() => themeStore.write(value === "system" ? null : value)}
            className={`rounded p-1 ${focusRing} ${
              choice === value ? "bg-zinc-800 text-white dark:bg-zinc-200 dark:text-zinc-900" : "text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
            }`}
          >
            <Icon name={ICONS[value]} className="size-3.5" />
          </button>
        </Tooltip>
      ))}
    </div>
  );
}
