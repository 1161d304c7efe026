import { createServer, type Socket } from "node:net";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { asDatabaseUnavailable } from "./connection-errors";

describe("asDatabaseUnavailable", () => {
  it("explains a refused connection found deep in the cause chain", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" });
    const wrapped = new Error("driver failed", { cause: new AggregateError([refused]) });
    const error = asDatabaseUnavailable(wrapped);
    expect(error?.code).toBe("database_unavailable");
    expect(error?.reason).toMatch(/refused the connection.*ECONNREFUSED/);
  });
  it("reads the adapter error Prisma nests under meta, naming host and port", () => {
    const prismaError = {
      name: "PrismaClientKnownRequestError",
      code: "P1001",
      meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "DatabaseNotReachable", host: "db.internal", port: 5432 } } },
    };
    expect(asDatabaseUnavailable(prismaError)?.reason).toMatch(/db\.internal:5432 could not be reached/);
  });
  it("maps adapter kinds and PostgreSQL states", () => {
    expect(asDatabaseUnavailable({ cause: { kind: "AuthenticationFailed" } })?.reason).toMatch(/user name or password/);
    expect(asDatabaseUnavailable({ code: "3D000" })?.reason).toMatch(/does not exist/);
  });
  it("never repeats the connection string, which may hold a password", () => {
    const error = asDatabaseUnavailable(
      Object.assign(new Error("password authentication failed for postgresql://u:hunter2@db/x"), { code: "28P01" }),
    );
    expect(error?.message).not.toContain("hunter2");
  });
  it("explains node-postgres's connect timeout against a server that never answers", async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as { port: number };
    const settings = { host: "127.0.0.1", port, user: "u", database: "d", connectionTimeoutMillis: 150 };
    const pool = new pg.Pool(settings); // what @prisma/adapter-pg uses
    const poolFailure = await pool.query("select 1").then(() => undefined, (error: unknown) => error);
    const clientFailure = await new pg.Client(settings).connect().then(() => undefined, (error: unknown) => error);
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
    for (const failure of [poolFailure, clientFailure]) {
      expect(failure).toBeInstanceOf(Error);
      expect(asDatabaseUnavailable(new Error("query failed", { cause: failure }))?.reason).toMatch(/timed out/);
    }
  });
  it("explains a server that closed the connection mid-way", () => {
    expect(asDatabaseUnavailable(new Error("Connection terminated unexpectedly"))?.reason).toMatch(/closed the connection/);
  });
  it("leaves unrelated errors alone", () => {
    expect(asDatabaseUnavailable(new TypeError("x is undefined"))).toBeUndefined();
    expect(asDatabaseUnavailable(null)).toBeUndefined();
  });
});
