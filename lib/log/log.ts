// The server's one logger (pino): JSON lines in production, one readable line per event
// otherwise, least level from RAMPARTS_LOG_LEVEL. Everything logged goes through scrub()
// (./redact.ts) after pino's own redaction, so no credential, token, cookie or secret value
// reaches the log whatever shape it is logged in.
import pino, { type DestinationStream, type Logger } from "pino";
import { env } from "../env";
import { REDACT_PATHS, REDACTED, scrub, scrubText } from "./redact";

export type TLogger = Logger;

const LEVEL_NAMES: Record<number, string> = { 10: "TRACE", 20: "DEBUG", 30: "INFO", 40: "WARN", 50: "ERROR", 60: "FATAL" };

/** One JSON line from pino → "12:03:04 INFO  [scope] message {rest}" for a person at a terminal. */
export function readableLine(jsonLine: string): string {
  const { level, time, msg, scope, pid: _pid, hostname: _hostname, ...rest } = JSON.parse(jsonLine) as Record<string, unknown>;
  const clock = new Date(typeof time === "number" ? time : Date.now()).toISOString().slice(11, 19);
  const extra = Object.keys(rest).length > 0 ? ` ${JSON.stringify(rest)}` : "";
  return `${clock} ${(LEVEL_NAMES[level as number] ?? String(level)).padEnd(5)} ${scope ? `[${String(scope)}] ` : ""}${String(msg ?? "")}${extra}\n`;
}

export interface TLoggerOptions {
  level?: string;
  /** JSON lines (production) or readable lines. */
  json?: boolean;
  /** Where lines go (stdout by default). */
  destination?: DestinationStream;
}

export function createLogger(options: TLoggerOptions = {}): TLogger {
  const json = options.json ?? true;
  const out = options.destination ?? { write: (line: string) => void process.stdout.write(line) };
  const destination: DestinationStream = json ? out : { write: (line: string) => out.write(readableLine(line)) };
  return pino(
    {
      level: options.level ?? "info",
      base: { pid: process.pid },
      redact: { paths: REDACT_PATHS, censor: REDACTED },
      // pino's err serializer keeps an Error's own fields (a Kubernetes client error's headers…):
      // ours scrubs them; the same for any other field, at any depth.
      serializers: { err: (error: unknown) => scrub(error) },
      formatters: { log: (object) => scrub(object) },
      hooks: {
        // The message text too ("failed with Bearer eyJ…"), including the one pino takes from
        // an Error logged on its own.
        logMethod(args, method) {
          const [first, ...rest] = args as unknown[];
          const spelled = first instanceof Error && typeof rest[0] !== "string" ? [{ err: first }, first.message, ...rest] : args;
          method.apply(this, spelled.map((arg) => (typeof arg === "string" ? scrubText(arg) : arg)) as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}

const holder = globalThis as typeof globalThis & { rampartsLogger?: TLogger };

/** The process's logger (created on first use from the environment). */
export function log(): TLogger {
  holder.rampartsLogger ??= createLogger({ level: env().RAMPARTS_LOG_LEVEL, json: env().NODE_ENV === "production" });
  return holder.rampartsLogger;
}
