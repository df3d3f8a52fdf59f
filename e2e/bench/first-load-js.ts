import { gzipSync } from "node:zlib";

// First-load JavaScript of a page as the browser gets it: every script the HTML names, fetched from
// the production server and gzipped, summed. Measured on the wire, so it counts what the build emits.
// Scripts marked `nomodule` (Next's polyfills for browsers without ES modules, about 39 kB) are left
// out: every browser Next 16 supports skips them.

export async function firstLoadJsKb(pageUrl: string, cookie: string): Promise<number> {
  const html = await (await fetch(pageUrl, { headers: { cookie } })).text();
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)].filter((match) => !/\snomodule[\s=>]/i.test(match[0]));
  const sources = new Set(tags.map((match) => match[1] ?? ""));
  let bytes = 0;
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source.replaceAll("&amp;", "&"), pageUrl))).arrayBuffer());
    bytes += gzipSync(body, { level: 9 }).length;
  }
  return bytes / 1024;
}
