// The security headers of every response, as pure functions: proxy.ts applies them per request,
// the unit tests and e2e/headers.spec.ts check them. No Next.js, no I/O: the proxy runs this on
// every request, so it must stay cheap.

/** Pages: scripts only by this response's nonce (and what those load), no inline script, no eval. */
export function pageCsp(nonce: string, options: { dev: boolean }): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': Next's nonce'd bootstrap loads the page's chunks; 'self' only matters to
    // browsers without CSP 3. React's development build needs eval for its error overlay.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    // Style sheets: our own CSS files and the <style> elements Next marks with the nonce. Inline
    // style *attributes* are needed: React renders `style={…}` into the server HTML (Recharts'
    // SVG positions, progress bars, heatmap colours), and an attribute cannot carry a nonce.
    // Attribute styles cannot run script or load anything (img-src still applies to url()).
    `style-src 'self' 'nonce-${nonce}'`,
    `style-src-elem 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Route handlers answer JSON, PDF or YAML, never a document that should run or load anything. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/** One year, subdomains included: sent only on HTTPS, where a browser honours it. */
export const HSTS = "max-age=31536000; includeSubDomains";

/** Browser features Ramparts never uses, denied to the page and anything it could embed. */
const DENIED_FEATURES = [
  "accelerometer", "autoplay", "camera", "display-capture", "geolocation", "gyroscope", "hid",
  "magnetometer", "microphone", "midi", "payment", "publickey-credentials-get", "serial", "usb", "xr-spatial-tracking",
];

export const PERMISSIONS_POLICY = DENIED_FEATURES.map((feature) => `${feature}=()`).join(", ");

/** Headers every response carries, whatever it is. */
export function commonSecurityHeaders(options: { https: boolean }): Record<string, string> {
  return {
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "permissions-policy": PERMISSIONS_POLICY,
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    ...(options.https ? { "strict-transport-security": HSTS } : {}),
  };
}

/**
 * 128 random bits, base64: fresh for every page response, so an injected `<script>` cannot guess
 * it. Web Crypto, so it works in any runtime the proxy may run in.
 */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** True when the request reached us (or the TLS-terminating proxy in front of us) over HTTPS. */
export function cameOverHttps(headers: Headers, url?: string): boolean {
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  if (forwarded) return forwarded === "https";
  return url !== undefined && new URL(url).protocol === "https:";
}

/** Route handlers live under /api; everything else the proxy sees renders a page. */
export function isApiPath(pathname: string): boolean {
  return pathname === "/api" || pathname.startsWith("/api/");
}
