import { expect, test } from "../support/test";
import { addFault, uniqueTerm } from "../support/emulator";
import { E2E } from "../support/env";

// The Cloudflare credential and the upstream address never reach the browser, in success or failure.

test("no response body or header carries the credential or the upstream URL", async ({ request }) => {
  const failing = uniqueTerm("leak");
  await addFault(request, { match: failing, body: "html" });
  const slow = uniqueTerm("leakslow");
  await addFault(request, { match: slow, pendingForever: true });
  const urls = [
    "/api/messages?per_page=3",
    "/api/messages?per_page=0",
    `/api/messages?query=${failing}`,
    `/api/messages?query=${slow}`,
    "/api/messages/NoSuchMessage123",
    "/messages",
  ];
  for (const url of urls) {
    const response = await request.get(url, { maxRedirects: 0 });
    const everything = JSON.stringify(response.headers()) + (await response.text());
    expect(everything, url).not.toContain(E2E.token);
    expect(everything, url).not.toContain(E2E.secret);
    expect(everything, url).not.toContain(String(E2E.emulatorPort));
    expect(everything, url).not.toContain(E2E.accountId);
  }
});
