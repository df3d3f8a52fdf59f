// As the dashboard's build: no compression, production defaults otherwise.
const nextConfig = { compress: false, poweredByHeader: false };

export default nextConfig;
