// Draining over real sockets: a slow request finishes, new connections are refused, a client
// already connected hears "draining" from the health path, and the grace period is a bound.
import { request as httpRequest } from "node:http";
import { connect, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createDrainingServer, type TDrainingServer } from "./draining-server";

let current: TDrainingServer | undefined;
afterEach(async () => {
  current?.server.closeAllConnections();
  await new Promise((resolve) => current?.server.close(resolve) ?? resolve(undefined));
  current = undefined;
});

/** A server whose /slow answers only when released; everything else answers at once. */
async function start() {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let arrived!: () => void;
  const slowArrived = new Promise<void>((resolve) => (arrived = resolve));
  const drainable = createDrainingServer((request, response) => {
    if (request.url === "/slow") {
      arrived();
      void released.then(() => response.end("done"));
    } else {
      response.end(JSON.stringify({ status: "ok" }));
    }
  });
  current = drainable;
  await new Promise<void>((resolve) => drainable.server.listen(0, "127.0.0.1", resolve));
  const { port } = drainable.server.address() as { port: number };
  return { drainable, port, release, slowArrived };
}

function get(port: number, path: string): Promise<{ status: number; body: string; connection: string | undefined }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ host: "127.0.0.1", port, path, agent: false }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body, connection: response.headers.connection }));
    });
    outgoing.on("error", reject);
    outgoing.end();
  });
}

/** Opens a connection and sends the start of a request (no blank line yet): a client mid-request. */
async function halfSentHealthCheck(port: number): Promise<Socket> {
  const socket = connect(port, "127.0.0.1");
  await new Promise((resolve) => socket.once("connect", resolve));
  socket.write("GET /api/health HTTP/1.1\r\nHost: ramparts\r\n");
  return socket;
}

function readAll(socket: Socket): Promise<string> {
  return new Promise((resolve) => {
    let text = "";
    socket.on("data", (chunk: Buffer) => (text += chunk.toString()));
    socket.on("close", () => resolve(text));
  });
}

describe("createDrainingServer", () => {
  it("finishes the request in flight, refuses new connections, answers health 503 and ends drained", async () => {
    const { drainable, port, release, slowArrived } = await start();
    const slow = get(port, "/slow");
    await slowArrived;
    const waiting = await halfSentHealthCheck(port);
    const answer = readAll(waiting);

    const drained = drainable.drain(10_000);
    expect(drainable.draining).toBe(true);
    await expect(get(port, "/api/health")).rejects.toMatchObject({ code: "ECONNREFUSED" });

    waiting.write("\r\n");
    const health = await answer;
    expect(health).toMatch(/^HTTP\/1\.1 503 /);
    expect(health).toMatch(/connection: close/i);
    expect(health).toContain('{"status":"draining"}');

    release();
    expect(await slow).toEqual({ status: 200, body: "done", connection: "close" });
    expect(await drained).toBe("drained");
    expect(drainable.inFlight).toBe(0);
    expect(drainable.server.listening).toBe(false);
  });

  it("drains at once when nothing is in flight", async () => {
    const { drainable, port } = await start();
    expect((await get(port, "/api/health")).status).toBe(200);
    expect(await drainable.drain(10_000)).toBe("drained");
  });

  it("cuts the requests still running when the grace period ends", async () => {
    const { drainable, port, slowArrived } = await start();
    const slow = get(port, "/slow");
    await slowArrived;
    expect(await drainable.drain(200)).toBe("timeout");
    await expect(slow).rejects.toMatchObject({ code: "ECONNRESET" });
    expect(drainable.server.listening).toBe(false);
  });
});
