import { describe, expect, it } from "vitest";
import type { OidcConfig } from "@/lib/config/access-env";
import { roleFromClaims } from "./oidc-role";

const oidc: OidcConfig = {
  issuer: "https://idp.test",
  clientId: "c",
  clientSecret: "s",
  name: "IdP",
  roleClaim: "groups",
  analystGroups: ["soc"],
  managerGroups: ["mgmt"],
  analystUsers: [],
  managerUsers: ["boss@example.com"],
};

describe("roleFromClaims", () => {
  it("takes the role from the groups claim, analyst first", () => {
    expect(roleFromClaims({ groups: ["staff", "soc"] }, oidc)).toBe("analyst");
    expect(roleFromClaims({ groups: ["mgmt", "soc"] }, oidc)).toBe("analyst");
    expect(roleFromClaims({ groups: ["mgmt"] }, oidc)).toBe("manager");
    expect(roleFromClaims({ groups: "mgmt" }, oidc)).toBe("manager");
  });

  it("uses the allow-list by verified e-mail, and gives no role otherwise", () => {
    expect(roleFromClaims({ email: "Boss@Example.com" }, oidc)).toBe("manager");
    expect(roleFromClaims({ email: "boss@example.com", email_verified: false }, oidc)).toBeNull();
    expect(roleFromClaims({ groups: ["staff"] }, oidc)).toBeNull();
  });
});
