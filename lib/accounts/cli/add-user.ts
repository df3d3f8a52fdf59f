import { hashPassword } from "@/lib/accounts/password";
import { isRole } from "@/lib/accounts/roles";

// npm run add-user -- <name> <role>   (password on stdin: typed, or piped)
// Prints the AUTH_USERS entry to add; the password itself is never printed or stored.

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write("Password (then Enter, then Ctrl-D): ");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}

async function main(): Promise<void> {
  const [name, role] = process.argv.slice(2);
  if (!name || !/^[A-Za-z0-9._@-]{1,64}$/.test(name) || !isRole(role)) {
    console.error("usage: npm run add-user -- <name> <analyst|manager>  (password on stdin)");
    process.exit(2);
  }
  const password = await readStdin();
  if (password.length < 12) {
    console.error("add-user: use a password of at least 12 characters");
    process.exit(2);
  }
  console.log(`${name}:${role}:${hashPassword(password)}`);
}

void main();
