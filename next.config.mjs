/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The emulator and the upstream client run only on the server; keep them out of client bundles.
  serverExternalPackages: [],
};

export default nextConfig;
