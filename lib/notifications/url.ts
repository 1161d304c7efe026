// Where a webhook may point. Admins set it, but it is still checked: http(s) only (no file:, data:,
// gopher:…), no user name or password in it (they would be stored in clear and shown back).
import { z } from "zod";

export const ZWebhookUrl = z
  .string()
  .trim()
  .max(2_000)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "https:" || url.protocol === "http:") && url.username === "" && url.password === "" && url.hostname !== "";
    } catch {
      return false;
    }
  }, "Enter an http:// or https:// URL without a user name or password.");

// A path segment shown as it is: a plain lowercase word ("services", "hooks", "webhook"). Anything
// else (ids, tokens, mixed case, digits) may be a secret: Slack's /services/T…/B…/<token> is.
const WORD_SEGMENT = /^[a-z][a-z-]{0,23}$/;

/**
 * What Ramparts shows of a webhook URL: scheme, host and port, the leading plain-word path
 * segments, then the first character of the next segment and "…" for the rest; no query or
 * fragment (a "?…" says there was one). https://hooks.slack.com/services/T0/B0/x → https://hooks.slack.com/services/T…/…
 */
export function maskWebhookUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "…";
  }
  const segments = url.pathname.split("/").filter((segment) => segment !== "");
  const shown: string[] = [];
  for (const [index, segment] of segments.entries()) {
    if (WORD_SEGMENT.test(segment)) {
      shown.push(segment);
      continue;
    }
    shown.push(`${[...decodeURIComponent(segment)][0] ?? ""}…`);
    if (index < segments.length - 1) shown.push("…");
    break;
  }
  const path = shown.length > 0 ? `/${shown.join("/")}` : "";
  return `${url.protocol}//${url.host}${path}${url.search || url.hash ? "?…" : ""}`;
}
