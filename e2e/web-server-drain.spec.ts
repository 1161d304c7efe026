// The production web server (scripts/web-server.ts, the real Next.js build) on SIGTERM: a sign-in
// still being sent finishes with 200, new connections are refused, a client already connected
// hears 503 "draining" from /api/health, and the process exits 0 well within the grace period.
import { spawn, type ChildProcess } from "node:child_process";
import { connect, type Socket } from "node:net";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { childEnv, env } from "../lib/env";
import { freePort } from "../scripts/free-port";
import { E2E_AUTH_SECRET, E2E_ENCRYPTION_KEY, E2E_USERS } from "./fixtures/e2e-env";

const GRACE_SECONDS = 20;

async function open(port: number): Promise<Socket> {
  const socket = connect(port, "127.0.0.1");
  await new Promise<void>((resolve, reject) => socket.once("connect", resolve).once("error", reject));
  return socket;
}

function everything(socket: Socket): Promise<string> {
  return new Promise((resolve) => {
    let text = "";
    socket.on("data", (chunk: Buffer) => (text += chunk.toString()));
    socket.on("close", () => resolve(text));
  });
}

async function waitUntilHealthy(port: number, server: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    if (server.exitCode !== null) throw new Error(`the web server exited with ${server.exitCode}`);
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then((response) => response.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("the web server did not become healthy");
}

test("the web server drains its requests on SIGTERM, then exits 0", async () => {
  test.setTimeout(120_000);
  const port = await freePort();
  const server = spawn(process.execPath, ["--import", "tsx", join("scripts", "web-server.ts")], {
    stdio: ["ignore", "pipe", "pipe"],
    env: childEnv({
      PORT: String(port), HOSTNAME: "127.0.0.1", NODE_ENV: "production", DATABASE_URL: env().DATABASE_URL,
      RAMPARTS_AUTH_SECRET: E2E_AUTH_SECRET, RAMPARTS_ENCRYPTION_KEY: E2E_ENCRYPTION_KEY, RAMPARTS_SHUTDOWN_GRACE_SECONDS: String(GRACE_SECONDS),
    }),
  });
  let output = "";
  server.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => server.once("exit", (code) => resolve(code)));
  try {
    await waitUntilHealthy(port, server);

    // A sign-in whose body is still on its way: in flight when SIGTERM arrives.
    const { email, password } = E2E_USERS.viewer;
    const body = Buffer.from(JSON.stringify({ email, password }));
    const signIn = await open(port);
    const signInAnswer = everything(signIn);
    signIn.write(`POST /api/auth/sign-in HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`);
    signIn.write(body.subarray(0, 10));
    // A load balancer's health check, connected and half sent.
    const health = await open(port);
    const healthAnswer = everything(health);
    health.write("GET /api/health HTTP/1.1\r\nHost: ramparts\r\n");
    await new Promise((resolve) => setTimeout(resolve, 300));

    const signalled = Date.now();
    server.kill("SIGTERM");
    await expect.poll(() => output).toContain("SIGTERM: draining");
    await expect(open(port)).rejects.toMatchObject({ code: "ECONNREFUSED" });

    health.write("\r\n");
    const healthText = await healthAnswer;
    expect(healthText).toMatch(/^HTTP\/1\.1 503 /);
    expect(healthText).toContain('{"status":"draining"}');

    signIn.write(body.subarray(10));
    const signInText = await signInAnswer;
    expect(signInText).toMatch(/^HTTP\/1\.1 200 /);
    expect(signInText).toMatch(/^connection: close$/im);
    expect(signInText).toMatch(/^set-cookie: .*ramparts\.session_token=/im);

    expect(await exited).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(GRACE_SECONDS * 1_000);
    expect(output).toContain("Web server stopped: every request finished.");
  } finally {
    if (server.exitCode === null) server.kill("SIGKILL");
  }
});
