// The app's icons: Lucide's (lucide-static), drawn from one sprite, public/icons.svg, that
// components/ui/icon-sprite.ts builds from this list (`npm run icons`). A sprite costs the pages no
// JavaScript, which has a budget (README, Performance), and the browser fetches and caches it once.

export const ICON_NAMES = [
  "bookmark-plus",
  "check",
  "chevron-down",
  "chevron-up",
  "columns-3",
  "copy",
  "download",
  "file-down",
  "link",
  "log-out",
  "monitor",
  "moon",
  "search",
  "sliders-horizontal",
  "sun",
  "triangle-exclamation-point",
  "x",
] as const;

export type IconName = (typeof ICON_NAMES)[number];
