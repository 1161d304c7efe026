// Cross-site request refusal for cookie-authenticated mutations, after Go's
// net/http.CrossOriginProtection (Filippo Valsorda's design):
// - GET, HEAD and OPTIONS never change anything here, so they pass;
// - a browser sends `Sec-Fetch-Site` (all current ones) or at least `Origin` on every other
//   method: `same-origin` / an Origin whose host is the request's Host passes, anything else is
//   refused;
// - a request with neither header does not come from a browser (curl, scripts, Playwright's API
//   client), so it cannot carry a victim's cookies on an attacker's behalf: it passes.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isCrossSiteMutation(method: string, headers: Headers): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  const site = headers.get("sec-fetch-site");
  if (site !== null) return site !== "same-origin" && site !== "none";
  const origin = headers.get("origin");
  if (origin === null) return false;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  try {
    return host === null || new URL(origin).host !== host;
  } catch {
    return true; // "null" or garbage
  }
}
