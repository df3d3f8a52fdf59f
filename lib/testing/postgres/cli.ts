import { createDatabase, startPostgres } from "./start-postgres";

// `tsx lib/testing/postgres/cli.ts --port N [--databases a,b]`: a throwaway PostgreSQL server for the
// end-to-end suite, with an empty database per name (Playwright starts it as a web server before the
// dashboards and stops it at the end); its data is removed on exit.

const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const port = Number(option("--port"));
if (!Number.isInteger(port) || port <= 0) {
  console.error("usage: tsx lib/testing/postgres/cli.ts --port N [--databases a,b]");
  process.exit(2);
}

const server = await startPostgres({ port, install: true });
for (const name of (option("--databases") ?? "").split(",").filter(Boolean)) await createDatabase(server.url, name);
console.log(`PostgreSQL for the tests on ${server.url}`);
const stop = () => void server.stop().finally(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
