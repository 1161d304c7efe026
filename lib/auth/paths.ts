// Shared by the proxy (proxy.ts), the page guard and the sign-in form.

/** Request header the proxy sets to the page's path and query, so the guard can send the user back after signing in. */
export const PATH_HEADER = "x-ramparts-path";
export const SIGN_IN_PATH = "/sign-in";

/** Only a path on this site ("/clusters?x=1"): never "//evil.example" or "https://…" (open redirect). */
export function safeNextPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  if (value === SIGN_IN_PATH || value.startsWith(`${SIGN_IN_PATH}?`)) return "/";
  return value;
}

export function signInUrl(next: string | null | undefined): string {
  const path = safeNextPath(next);
  return path === "/" ? SIGN_IN_PATH : `${SIGN_IN_PATH}?next=${encodeURIComponent(path)}`;
}
