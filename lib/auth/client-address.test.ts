import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

const headers = (forwardedFor?: string) => new Headers(forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor });

describe("clientAddress", () => {
  it("with no trusted proxy, takes only the single address Next.js writes from the socket", () => {
    expect(clientAddress(headers("203.0.113.7"), 0)).toBe("203.0.113.7");
    expect(clientAddress(headers("::FFFF:10.0.0.1"), 0)).toBe("::ffff:10.0.0.1");
    // Several entries cannot come from the socket: a client wrote them.
    expect(clientAddress(headers("198.51.100.1, 203.0.113.7"), 0)).toBeNull();
    expect(clientAddress(headers(), 0)).toBeNull();
  });

  it("with N trusted proxies, takes the N-th entry from the right, ignoring what the client claimed", () => {
    expect(clientAddress(headers("1.1.1.1, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientAddress(headers("1.1.1.1, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
    expect(clientAddress(headers("10.0.0.2"), 2)).toBeNull();
  });

  it("refuses values that are not addresses", () => {
    expect(clientAddress(headers("<script>"), 0)).toBeNull();
    expect(clientAddress(headers("unknown"), 1)).toBeNull();
    expect(clientAddress(headers("1".repeat(65)), 0)).toBeNull();
  });
});
