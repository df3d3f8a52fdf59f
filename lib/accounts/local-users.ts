import { isPasswordHash } from "./password";
import { isRole, type Role } from "./roles";

// AUTH_USERS: entries "name:role:hash", separated by commas, spaces or new lines. `npm run add-user`
// prints one. Parsed at start-up; a bad entry is reported by its position, never by its hash.

export type LocalUser = { name: string; role: Role; passwordHash: string };

const NAME = /^[A-Za-z0-9._@-]{1,64}$/;

export function parseLocalUsers(value: string | undefined, problems: string[]): LocalUser[] {
  if (!value) return [];
  const users: LocalUser[] = [];
  const entries = value.split(/[\s,]+/).filter(Boolean);
  entries.forEach((entry, index) => {
    const [name = "", role = "", passwordHash = "", ...rest] = entry.split(":");
    const where = `AUTH_USERS entry ${index + 1}`;
    if (rest.length > 0 || !NAME.test(name)) problems.push(`${where} must be name:role:hash with a name of letters, digits, . _ @ -`);
    else if (!isRole(role)) problems.push(`${where} (${name}) has role "${role.slice(0, 20)}"; use analyst or manager`);
    else if (!isPasswordHash(passwordHash)) problems.push(`${where} (${name}) has no valid hash; make one with npm run add-user`);
    else if (users.some((user) => user.name === name)) problems.push(`${where} repeats the user ${name}`);
    else users.push({ name, role, passwordHash });
  });
  return users;
}
