import { detailPath, expect, findMessage, plainSubject, test } from "./fixtures";

// The deep link: a pasted URL paints from the server, by either id, and an unknown id is a real 404.

test("a message's URL, opened in a fresh context, shows it rendered by the server", async ({ browser, request, guard }) => {
  const message = await findMessage(request, "with a plain subject", plainSubject);
  const html = await (await request.get(detailPath(message.id))).text();
  expect(html, "the subject is in the first HTML response").toContain(message.subject ?? "");

  const context = await browser.newContext();
  const page = await context.newPage();
  guard.watch(page);
  await page.goto(detailPath(message.id));
  await expect(page.getByTestId("message-subject")).toHaveText(message.subject ?? "");
  await context.close();
});

test("a postfix-id URL and an investigate-id URL show the same message", async ({ page, request }) => {
  const message = await findMessage(request, "with a plain subject and an investigate id longer than its postfix id", (m) => plainSubject(m) && m.id !== m.postfix_id);
  const facts = async () => ({
    subject: await page.getByTestId("message-subject").textContent(),
    id: await page.getByRole("button", { name: "Copy investigate id" }).locator("xpath=..").textContent(),
    postfix: await page.getByRole("button", { name: "Copy postfix id" }).locator("xpath=..").textContent(),
  });
  await page.goto(detailPath(message.id));
  const byId = await facts();
  await page.goto(detailPath(message.postfix_id));
  const byPostfix = await facts();
  expect(byPostfix).toEqual(byId);
  expect(byId.subject).toBe(message.subject);
  expect(byId.id).toContain(message.id);
});

test("an unknown id gives the not-found page with HTTP 404 and a way back", async ({ page, request, guard }) => {
  guard.allow(/Failed to load resource.*404/);
  const response = await request.get("/messages/NoSuchMessage0001");
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain("No message with this id");

  const navigation = await page.goto("/messages/NoSuchMessage0002");
  expect(navigation?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "No message with this id" })).toBeVisible();
  await page.getByRole("link", { name: "Back to messages" }).click();
  await expect(page).toHaveURL(/\/messages$/);
});
