import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import nodes from "lucide-static/icon-nodes.json" with { type: "json" };
import { ICON_NAMES } from "./icon-names";

// Builds public/icons.svg: one <symbol> per icon of ./icon-names.ts, with Lucide's stroke style, so an
// <svg><use href="/icons.svg#copy"/></svg> draws it in the current text colour.

type IconNode = readonly (readonly [string, Readonly<Record<string, string>>])[];

const escape = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

function symbol(name: string, node: IconNode): string {
  const shapes = node.map(([tag, attributes]) => `<${tag} ${Object.entries(attributes).map(([key, value]) => `${key}="${escape(value)}"`).join(" ")}/>`).join("");
  return `<symbol id="${name}" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${shapes}</symbol>`;
}

export function iconSprite(): string {
  const all = nodes as unknown as Record<string, IconNode | undefined>;
  const symbols = ICON_NAMES.map((name) => {
    const node = all[name];
    if (!node) throw new Error(`Lucide has no icon named ${name}`);
    return symbol(name, node);
  });
  return `<!-- Lucide icons (lucide-static, ISC licence), built by components/ui/icon-sprite.ts -->\n<svg xmlns="http://www.w3.org/2000/svg">\n${symbols.join("\n")}\n</svg>\n`;
}

export const SPRITE_PATH = fileURLToPath(new URL("../../public/icons.svg", import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) writeFileSync(SPRITE_PATH, iconSprite());
