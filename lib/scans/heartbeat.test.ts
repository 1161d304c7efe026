import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { childEnv, setEnvForThisProcess } from "../env";
import { HEARTBEAT_FILE_NAME, HEARTBEAT_MAX_AGE_MS, heartbeatPath, startHeartbeat } from "./heartbeat";

const dir = mkdtempSync(join(tmpdir(), "ramparts-heartbeat-"));
setEnvForThisProcess("TMPDIR", dir);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The probe itself, as the container healthcheck and the Kubernetes liveness probe run it. */
const probe = () => spawnSync("node", ["scripts/worker-alive.mjs"], { env: childEnv({ TMPDIR: dir }) }).status;

describe("worker heartbeat and its probe (scripts/worker-alive.mjs)", () => {
  it("agrees with the probe on the file name and the age limit", () => {
    const script = readFileSync("scripts/worker-alive.mjs", "utf8");
    expect(script).toContain(`const HEARTBEAT_FILE_NAME = "${HEARTBEAT_FILE_NAME}";`);
    expect(script).toContain(`const HEARTBEAT_MAX_AGE_MS = ${HEARTBEAT_MAX_AGE_MS.toLocaleString("en").replace(/,/g, "_")};`);
    expect(heartbeatPath()).toBe(join(dir, HEARTBEAT_FILE_NAME));
  });

  it("is dead without a heartbeat, alive after one, dead again once it is stale", async () => {
    rmSync(heartbeatPath(), { force: true });
    expect(probe()).toBe(1);
    const stop = startHeartbeat(async () => {}, (error) => { throw error; });
    try {
      await expect.poll(() => existsSync(heartbeatPath())).toBe(true);
      expect(probe()).toBe(0);
      const old = new Date(Date.now() - HEARTBEAT_MAX_AGE_MS - 5_000);
      utimesSync(heartbeatPath(), old, old);
      expect(probe()).toBe(1);
    } finally {
      stop();
    }
  });

  it("skips the beat when the health check fails (a worker cut off from its database goes stale)", async () => {
    rmSync(heartbeatPath(), { force: true });
    const errors: unknown[] = [];
    const stop = startHeartbeat(async () => { throw new Error("database unreachable"); }, (error) => errors.push(error));
    try {
      await expect.poll(() => errors.length).toBe(1);
      expect(existsSync(heartbeatPath())).toBe(false);
      expect(probe()).toBe(1);
    } finally {
      stop();
    }
  });
});
