import type { Role } from "@/lib/accounts/roles";

// Demo mode only (no Cloudflare credentials, emulated data): one account per role, with passwords
// the sign-in page shows. Never offered when real credentials are configured.

export type DemoAccount = { name: string; password: string; role: Role };

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { name: "analyst", password: "demo-analyst", role: "analyst" },
  { name: "manager", password: "demo-manager", role: "manager" },
];
