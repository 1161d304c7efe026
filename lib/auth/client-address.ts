// The address a sign-in came from, for throttling and the audit log.
//
// Next.js route handlers never see the socket. `next start` writes the socket's address into
// X-Forwarded-For, but only when the request has none (`??=`), so the header is ours only if we
// know who wrote it. RAMPARTS_TRUST_PROXY says how many reverse proxies in front of Ramparts
// append to it: with N of them, the client is the N-th entry from the right (each proxy appends
// the address it was connected from; anything further left is the client's own claim). With 0
// (reached directly), the only trustworthy value is a single entry, the one Next.js wrote from
// the socket; a directly connected client can still send its own single value, which lets it pick
// its address bucket but never escape the per-account limit (README "Sign-in throttling and the audit log").

const MAX_ADDRESS_LENGTH = 64;

function entries(header: string | null): string[] {
  return (header ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
}

/** A plausible IPv4/IPv6 text (no ports, no brackets), or null. */
function asAddress(value: string | undefined): string | null {
  if (!value || value.length > MAX_ADDRESS_LENGTH) return null;
  return /^[0-9a-fA-F:.]+$/.test(value) ? value.toLowerCase() : null;
}

/** The client's address, or null when it cannot be known (no header, fewer entries than trusted proxies). */
export function clientAddress(headers: Headers, trustedProxies: number): string | null {
  const forwarded = entries(headers.get("x-forwarded-for"));
  if (trustedProxies <= 0) return forwarded.length === 1 ? asAddress(forwarded[0]) : null;
  if (forwarded.length < trustedProxies) return null;
  return asAddress(forwarded[forwarded.length - trustedProxies]);
}
