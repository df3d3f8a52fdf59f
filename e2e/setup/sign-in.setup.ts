import { expect, test as setup } from "../support/test";
import { DEMO_ACCOUNTS } from "@/lib/auth/demo-accounts";
import { E2E } from "../support/env";
import { hasSession, signInWithPassword } from "../support/sign-in";

// Signs in once per role and saves the session for the projects that start signed in.

for (const role of ["analyst", "manager"] as const) {
  setup(`sign in as the ${role}`, async ({ request }) => {
    const user = E2E.users[role];
    await signInWithPassword(request, E2E.appUrl, user.name, user.password);
    expect(await hasSession(request, E2E.appUrl)).toBe(true);
    await request.storageState({ path: E2E.storageState[role] });
  });
}

setup("sign in to the demo as its analyst", async ({ request }) => {
  const demo = DEMO_ACCOUNTS.find((account) => account.role === "analyst");
  if (!demo) throw new Error("no demo analyst");
  await signInWithPassword(request, E2E.demoUrl, demo.name, demo.password);
  expect(await hasSession(request, E2E.demoUrl)).toBe(true);
  await request.storageState({ path: E2E.storageState.demoAnalyst });
});
