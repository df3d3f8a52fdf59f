import { gzipSync } from "node:zlib";

// First-load JavaScript of a page as the browser gets it: every script the HTML names, fetched from
// the production server and gzipped, summed. Measured on the wire, so it counts what the build emits.

export async function firstLoadJsKb(pageUrl: string, cookie: string): Promise<number> {
  const html = await (await fetch(pageUrl, { headers: { cookie } })).text();
  const sources = new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1] ?? ""));
  let bytes = 0;
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source.replaceAll("&amp;", "&"), pageUrl))).arrayBuffer());
    bytes += gzipSync(body, { level: 9 }).length;
  }
  return bytes / 1024;
}
