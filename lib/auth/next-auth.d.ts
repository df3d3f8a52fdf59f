import type { Role } from "@/lib/accounts/roles";

// What our callbacks add to next-auth's types: a role on the user at sign-in, nothing else.
declare module "next-auth" {
  interface User {
    role?: Role | null;
  }
}
