import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

// Every API route in app/api, generated from the files, with the HTTP methods each exports, so a new
// route is tested the day it is added. next-auth's own endpoints are the one exception (they are the
// way in). Dynamic segments get a harmless value.

export type ApiRoute = { file: string; path: string; methods: string[] };

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];
const SAMPLE: Record<string, string> = { id: "SampleMessageId01", token: "sample-token", noteId: "1" };

export function listApiRoutes(root = "app/api"): ApiRoute[] {
  const routes: ApiRoute[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/^route\.(ts|tsx|js)$/.test(entry.name)) {
        const source = readFileSync(full, "utf8");
        const methods = METHODS.filter((m) => new RegExp(`export\\s+(const|async function|function)\\s+${m}\\b|as\\s+${m}\\b`).test(source));
        const segments = relative("app", dir).split("/");
        routes.push({ file: full, path: `/${segments.map(sample).join("/")}`, methods });
      }
    }
  };
  walk(root);
  return routes.filter((route) => !route.file.includes("[...nextauth]"));
}

function sample(segment: string): string {
  const match = /^\[(\w+)\]$/.exec(segment);
  return match?.[1] ? (SAMPLE[match[1]] ?? "sample") : segment;
}
