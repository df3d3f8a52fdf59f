// Two roles. Analysts see everything; managers see search, results, breakdowns and message metadata,
// never message content (no raw download, no preview image).

export const ROLES = ["analyst", "manager"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return value === "analyst" || value === "manager";
}

const RANK: Record<Role, number> = { manager: 0, analyst: 1 };

export function hasRole(actual: Role, needed: Role): boolean {
  return RANK[actual] >= RANK[needed];
}
