import { DATA_HEADERS, HSTS, PROXYLESS_PREFIXES } from "./lib/security/static-headers.mjs";

const toList = (headers) => Object.entries(headers).map(([key, value]) => ({ key, value }));

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Lets two builds live side by side (parallel work, benchmarks); CI uses the default.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // PGlite loads its WebAssembly and data files from its own package directory at run time: bundled, it
  // cannot find them (and its 9 MB of wasm would be published as a static asset). pg's optional native
  // binding is likewise looked up at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pg"],
  // Compression belongs to the TLS-terminating proxy in front (nginx, Caddy, a Cloudflare Tunnel), in
  // native code: gzip in Node would hold the event loop for every API answer.
  compress: false,
  // The data API and next-auth run without the proxy (see proxy.ts), so their static headers come from
  // here: on the route handlers' answers and on Next's own 404 and 405 under those paths alike.
  async headers() {
    return PROXYLESS_PREFIXES.flatMap((prefix) => {
      const source = `${prefix}/:rest*`;
      return [
        { source, headers: toList(DATA_HEADERS) },
        { source, has: [{ type: "header", key: "x-forwarded-proto", value: "https" }], headers: toList(HSTS) },
      ];
    });
  },
};

export default nextConfig;
