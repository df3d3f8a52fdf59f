import type { Browser, Page } from "@playwright/test";
import { E2E } from "../support/env";
import { signInWithPassword } from "../support/sign-in";
import { bodyRows, expect, test } from "./fixtures";

// A search saved under a name and shared with the team opens for a colleague as the same search; one
// whose time is relative says so first and offers the window its owner saw.

async function colleaguePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: E2E.appUrl });
  expect(await signInWithPassword(context.request, E2E.appUrl, E2E.users.colleague.name, E2E.users.colleague.password)).toBe(200);
  return context.newPage();
}

test("a view shared by one analyst opens for another with the same search; a relative one says so", async ({ page, browser }) => {
  const name = `Invoices ${Date.now().toString(36)} ${test.info().retry}`;
  await page.goto("/messages?query=invoice&range=7d");
  await expect(bodyRows(page).first()).toBeVisible();
  await page.getByRole("button", { name: "Save view" }).click();
  const form = page.getByRole("form", { name: "Save this search as a view" });
  // The form opens over the toolbar with its name field ready to type in.
  await expect(form.getByLabel("View name")).toBeFocused();
  await page.keyboard.type(name);
  await form.getByLabel("Share with the team").check();
  await form.getByLabel("Pin to the navigation").check();
  await form.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(`Saved as “${name}”, shared with the team.`)).toBeVisible();
  // Saved, it closes and gives the focus back to its button.
  await expect(form).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Save view" })).toBeFocused();

  // Pinned: in the owner's navigation.
  await page.goto("/views");
  await expect(page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name })).toBeVisible();

  const colleague = await colleaguePage(browser);
  await colleague.goto("/views");
  const row = colleague.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("Relative: moves with the clock");
  await expect(row).toContainText("e2e-analyst");
  await expect(row.getByRole("button", { name: /Delete/ })).toHaveCount(0);
  await expect(colleague.getByRole("navigation", { name: "Pages" }).getByRole("link", { name })).toHaveCount(0);
  await row.getByRole("link", { name }).click();

  await expect(colleague.getByRole("note")).toContainText("This view's time is relative");
  const asSaved = new URL((await colleague.getByRole("link", { name: "Open it as saved (fixed times)" }).getAttribute("href")) ?? "", E2E.appUrl);
  expect(asSaved.searchParams.get("query")).toBe("invoice");
  expect(asSaved.searchParams.get("range")).toBeNull();
  expect(Date.parse(asSaved.searchParams.get("end") ?? "") - Date.parse(asSaved.searchParams.get("start") ?? "")).toBe(7 * 24 * 3_600_000);
  await colleague.getByRole("link", { name: "Open it now (moves with the clock)" }).click();
  await expect(colleague).toHaveURL(/\/messages\?query=invoice&range=7d$/);
  await expect(bodyRows(colleague).first()).toBeVisible();
  await colleague.context().close();
});

test("a view must have a name and a search the page understands", async ({ request }) => {
  const unnamed = await request.post("/api/views", { data: { name: " ", searchQuery: "query=x" } });
  expect(unnamed.status()).toBe(400);
  expect(((await unnamed.json()) as { error: { fields: Record<string, string[]> } }).error.fields).toHaveProperty("name");
  const strange = await request.post("/api/views", { data: { name: "odd", searchQuery: "colour=red&range=forever" } });
  expect(strange.status()).toBe(400);
  expect(((await strange.json()) as { error: { fields: Record<string, string[]> } }).error.fields.searchQuery?.join(" ")).toMatch(/colour.*range/);
  expect((await request.delete("/api/views/999999999")).status()).toBe(404);
  expect((await request.delete("/api/views/abc")).status()).toBe(400);
});
