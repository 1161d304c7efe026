// Turns whatever the driver, the adapter or Prisma threw about a connection into a sentence a
// person can act on, without the connection string (it may carry a password).
import { DatabaseUnavailableError } from "../errors";

const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: "the server refused the connection (is PostgreSQL running and listening on that port?)",
  ENOTFOUND: "the database host name could not be resolved",
  EAI_AGAIN: "the database host name could not be resolved",
  ETIMEDOUT: "the connection timed out",
  ECONNRESET: "the server closed the connection",
  EHOSTUNREACH: "the database host is unreachable",
};

const ADAPTER_KINDS: Record<string, string> = {
  DatabaseNotReachable: "the server could not be reached",
  DatabaseDoesNotExist: "the database named in DATABASE_URL does not exist",
  DatabaseAccessDenied: "access to the database was denied",
  AuthenticationFailed: "the database rejected the user name or password",
  TlsConnectionError: "the TLS connection to the database failed",
  ConnectionClosed: "the server closed the connection",
  TooManyConnections: "the server has too many connections",
  SocketTimeout: "the connection timed out",
};

const PG_STATES: Record<string, string> = {
  "3D000": ADAPTER_KINDS.DatabaseDoesNotExist!,
  "28P01": ADAPTER_KINDS.AuthenticationFailed!,
  "28000": ADAPTER_KINDS.DatabaseAccessDenied!,
  "57P03": "the server is starting up or shutting down",
  "53300": ADAPTER_KINDS.TooManyConnections!,
};

function walk(error: unknown, seen = new Set<unknown>()): Record<string, unknown>[] {
  if (!error || typeof error !== "object" || seen.has(error)) return [];
  seen.add(error);
  const node = error as Record<string, unknown>;
  // Prisma puts the adapter's error under meta.driverAdapterError.cause.
  const nested = [node.cause, node.meta, node.driverAdapterError, ...(Array.isArray(node.errors) ? node.errors : [])];
  return [node, ...nested.flatMap((child) => walk(child, seen))];
}

/** Returns a DatabaseUnavailableError when `error` is about reaching the database, else undefined. */
export function asDatabaseUnavailable(error: unknown): DatabaseUnavailableError | undefined {
  const nodes = walk(error);
  // Most specific first: the driver's and adapter's own words, then Prisma's generic codes.
  for (const node of nodes) {
    const code = typeof node.code === "string" ? node.code : undefined;
    const kind = typeof node.kind === "string" ? node.kind : undefined;
    const originalCode = typeof node.originalCode === "string" ? node.originalCode : undefined;
    if (code && NETWORK_CODES[code]) return new DatabaseUnavailableError(`${NETWORK_CODES[code]} (${code})`);
    if (kind === "DatabaseNotReachable" && typeof node.host === "string") {
      return new DatabaseUnavailableError(
        `the database server at ${node.host}:${String(node.port ?? "")} could not be reached (is PostgreSQL running and listening there?)`,
      );
    }
    if (kind && ADAPTER_KINDS[kind]) return new DatabaseUnavailableError(ADAPTER_KINDS[kind]);
    const state = originalCode ?? code;
    if (state && PG_STATES[state]) return new DatabaseUnavailableError(PG_STATES[state]);
  }
  for (const node of nodes) {
    if (node.code === "P1001" || node.code === "P1002") return new DatabaseUnavailableError(ADAPTER_KINDS.DatabaseNotReachable!);
    if (node.name === "PrismaClientInitializationError") return new DatabaseUnavailableError("the database client could not start");
    const message = typeof node.message === "string" ? node.message : "";
    // node-postgres says these in words, without a code: the pool's and the client's connect timeouts,
    // and a server that went away in the middle of a connection.
    if (/timeout exceeded when trying to connect|connection terminated due to connection timeout|^timeout expired$/i.test(message)) {
      return new DatabaseUnavailableError(NETWORK_CODES.ETIMEDOUT!);
    }
    if (/connection terminated unexpectedly/i.test(message)) return new DatabaseUnavailableError(NETWORK_CODES.ECONNRESET!);
  }
  return undefined;
}
