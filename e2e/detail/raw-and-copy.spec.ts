import { defangHost } from "@/lib/investigate/defang";
import { detailPath, expect, findMessage, plainSubject, test } from "./fixtures";

// The raw message only ever arrives as a file; ids copy exactly, addresses defanged, as the page shows them.

test("raw downloads as a file, never rendered", async ({ page, request }) => {
  const message = await findMessage(request, "malicious", (m) => m.final_disposition === "MALICIOUS" && Boolean(m.subject));
  await page.goto(detailPath(message.id));
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download raw message (.eml)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^[A-Za-z0-9._-]+\.eml$/);
  const path = await download.path();
  const { readFile } = await import("node:fs/promises");
  expect(await readFile(path, "utf8")).toContain("Subject:");
  await expect(page.getByTestId("message-subject")).toBeVisible();

  // For reading on the page: the same source as text, loaded when asked for, once for both views.
  const rawReads: string[] = [];
  page.on("request", (sent) => {
    if (sent.resourceType() === "fetch" && new URL(sent.url()).pathname.endsWith("/raw")) rawReads.push(sent.url());
  });
  await page.getByText("Raw source, as text").click();
  await expect(page.getByTestId("raw-source")).toContainText("Subject:");
  await expect(page.getByTestId("raw-source")).toContainText("From:");

  const response = await request.get(`/api/messages/${encodeURIComponent(message.id)}/raw`);
  expect(response.headers()["content-type"]).toBe("message/rfc822");

  // The body as text: the plain-text part's words, and where the HTML's links lead, defanged, none a link.
  const raw = await response.text();
  const plainPart = /Content-Type: text\/plain[^\r\n]*\r\n(?:[^\r\n]+\r\n)*\r\n([\s\S]*?)\r\n--/.exec(raw)?.[1] ?? "";
  // A line of words alone: the page defangs addresses and links in the text.
  const words = plainPart.split("\r\n").find((line) => /^[A-Za-z ,']{4,}$/.test(line)) ?? "";
  expect(words.length).toBeGreaterThan(3);
  const hrefs = [...raw.matchAll(/<a href="([^"]+)"/g)].map((match) => match[1] ?? "");
  await page.getByText("Body, as text").click();
  await expect(page.getByTestId("body-text")).toContainText(words);
  await expect(page.getByTestId("body-text").locator("a")).toHaveCount(0);
  if (hrefs.length > 0) {
    await expect(page.getByTestId("body-links")).toContainText("hxxp");
    await expect(page.getByTestId("body-links").locator("a")).toHaveCount(0);
  }
  expect(rawReads).toHaveLength(1);
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="[A-Za-z0-9._-]+\.eml"$/);
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
});

test("copy buttons copy what is shown; copy as ticket gives a plain-text summary with every field and the link, without escapes", async ({ page, context, request }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const message = await findMessage(request, "with a plain subject, a sender, recipients and an alert id", (m) => plainSubject(m) && Boolean(m.from) && (m.to ?? []).length > 0 && Boolean(m.alert_id));
  await page.goto(detailPath(message.id));
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

  await page.getByRole("button", { name: "Copy postfix id" }).click();
  await expect.poll(clipboard).toBe(message.postfix_id);
  await page.getByRole("button", { name: "Copy investigate id" }).click();
  await expect.poll(clipboard).toBe(message.id);
  await page.getByRole("button", { name: "Copy sender address" }).click();
  await expect.poll(clipboard).toBe(defangHost(message.from ?? ""));

  await page.getByRole("button", { name: "Copy link to this message" }).click();
  const link = new URL(detailPath(message.id), page.url()).toString();
  await expect.poll(clipboard).toBe(link);

  await page.getByRole("button", { name: "Copy as ticket" }).click();
  await expect.poll(clipboard).toContain("Subject: ");
  const lines = (await clipboard()).split("\n");
  expect(lines).toContain(`Subject: ${message.subject ?? ""}`);
  expect(lines.find((line) => line.startsWith("From: "))).toContain(defangHost(message.from ?? ""));
  expect(lines).toContain(`To: ${(message.to ?? []).map(defangHost).join(", ")}`);
  expect(lines.find((line) => line.startsWith("Scanned: "))).toMatch(/^Scanned: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/);
  expect(lines).toContain(`Alert ID: ${message.alert_id ?? ""}`);
  expect(lines).toContain(`Disposition: ${message.final_disposition ?? "none"}`);
  expect(lines.find((line) => line.startsWith("Authentication: "))).toMatch(/^Authentication: SPF \S+, DKIM \S+, DMARC \S+$/);
  expect(lines).toContain("Actions taken:");
  expect(lines).toContain("Findings:");
  expect(lines.at(-1)).toBe(`Link: ${link}`);
  expect(lines.join("\n")).not.toContain("\\");
  expect(lines.join("\n")).not.toContain("**");
});

test("the preview shows when Cloudflare has one", async ({ page, request }) => {
  const message = await findMessage(request, "malicious", (m) => m.final_disposition === "MALICIOUS");
  const preview = await request.get(`/api/messages/${encodeURIComponent(message.id)}/preview`);
  expect(preview.status()).toBe(200);
  expect(preview.headers()["content-type"]).toBe("image/png");
  await page.goto(detailPath(message.id));
  const image = page.getByRole("img", { name: /Preview of the message body/ });
  await expect(image).toBeVisible();
  expect(await image.evaluate((element) => (element as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  // Large enough to read, and one click from full size (the same image, in a tab of its own).
  expect((await image.boundingBox())?.width ?? 0).toBeGreaterThan(500);
  const full = page.getByRole("link", { name: "Open the preview at full size" });
  await expect(full).toHaveAttribute("href", (await image.getAttribute("src")) ?? "");
  await expect(full).toHaveAttribute("target", "_blank");
});
