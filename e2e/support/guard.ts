import type { Page } from "@playwright/test";
import { expect, test as base } from "./test";

// Every browser test fails on a console error, a page error or a dialog (a hostile subject, name or
// reason that ran would open one), except for messages a test declares it expects.

export type Guard = {
  /** Console messages matching this are expected in this test (an injected 500 logs "Failed to load"). */
  allow: (pattern: RegExp) => void;
  /** Attaches the same checks to a page of another browser context. */
  watch: (page: Page) => void;
};

export const guardedTest = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page }, use) => {
      const problems: string[] = [];
      const allowed: RegExp[] = [];
      const watch = (target: Page) => {
        target.on("console", (message) => {
          if (message.type() !== "error") return;
          const text = `${message.text()} @ ${message.location().url}`;
          if (allowed.some((pattern) => pattern.test(text))) return;
          problems.push(`console: ${text}`);
        });
        target.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
        target.on("dialog", (dialog) => {
          problems.push(`dialog: ${dialog.message()}`);
          void dialog.dismiss();
        });
      };
      watch(page);
      await use({ allow: (pattern) => allowed.push(pattern), watch });
      expect(problems, "no console error, page error or dialog").toEqual([]);
    },
    // Every test is guarded, whether it names the fixture or not.
    { auto: true },
  ],
});

export { expect };
