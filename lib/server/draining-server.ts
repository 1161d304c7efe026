// An HTTP server that shuts down without cutting requests: on drain() it stops accepting
// connections, lets the requests in flight finish (up to a grace period), answers the health
// path with 503 "draining" on connections still open, and asks every client to close its
// connection. Next.js's own `next start` closes its listener on SIGTERM but waits for requests
// without a bound and says nothing to health checks; scripts/web-server.ts puts Next.js behind this.
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from "node:http";

export type TDrainOutcome = "drained" | "timeout";

export interface TDrainingServer {
  server: Server;
  readonly draining: boolean;
  /** Requests being answered now. */
  readonly inFlight: number;
  /** Stops accepting, waits for the requests in flight (at most graceMs), then closes every connection. */
  drain(graceMs: number): Promise<TDrainOutcome>;
}

const HEALTH_PATH = "/api/health";

const isHealth = (request: IncomingMessage) => (request.url ?? "").split("?")[0] === HEALTH_PATH;

function answerDraining(response: ServerResponse): void {
  const body = JSON.stringify({ status: "draining" });
  // A plain API answer: the same restrictive headers Next.js gives the JSON API (lib/security/headers.ts).
  response.writeHead(503, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
    "cache-control": "no-store",
    "retry-after": "5",
    "x-content-type-options": "nosniff",
    "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
  });
  response.end(body);
}

export function createDrainingServer(handler: RequestListener): TDrainingServer {
  let draining = false;
  const active = new Set<ServerResponse>();
  let settled: (() => void) | undefined;
  const server = createServer((request, response) => {
    active.add(response);
    response.once("close", () => {
      active.delete(response);
      if (!draining) return;
      // Its connection may now be idle: close it rather than wait for the keep-alive timeout.
      setImmediate(() => server.closeIdleConnections());
      if (active.size === 0) settled?.();
    });
    if (draining) {
      response.setHeader("connection", "close");
      if (isHealth(request)) return answerDraining(response);
    }
    handler(request, response);
  });

  return {
    server,
    get draining() {
      return draining;
    },
    get inFlight() {
      return active.size;
    },
    async drain(graceMs) {
      draining = true;
      for (const response of active) if (!response.headersSent) response.setHeader("connection", "close");
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const idle = active.size === 0 ? Promise.resolve() : new Promise<void>((resolve) => (settled = resolve));
      let timer: NodeJS.Timeout | undefined;
      const outcome = await Promise.race([
        idle.then(() => "drained" as const),
        new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), graceMs))),
      ]);
      clearTimeout(timer);
      // Whatever is left (a request past the grace, a connection that never sent one) is cut.
      server.closeAllConnections();
      await closed;
      return outcome;
    },
  };
}
