import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ICON_NAMES } from "./icon-names";
import { iconSprite, SPRITE_PATH } from "./icon-sprite";

describe("the icon sprite", () => {
  it("is what the list of icons builds: run `npm run icons` after changing it", () => {
    expect(readFileSync(SPRITE_PATH, "utf8")).toBe(iconSprite());
  });

  it("holds one symbol per icon, drawn in the text colour", () => {
    const sprite = iconSprite();
    for (const name of ICON_NAMES) expect(sprite).toContain(`<symbol id="${name}" viewBox="0 0 24 24" fill="none" stroke="currentColor"`);
    expect(sprite.match(/<symbol /g)).toHaveLength(ICON_NAMES.length);
  });
});
