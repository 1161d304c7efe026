import { AppError, type TNotFound } from "../errors";

// Any 8-4-4-4-12 hex id, the form PostgreSQL's uuid type accepts. Anything else cannot name a
// row, so it is "not found" rather than a database error.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The `name` path segment as an id, or not_found naming what was looked for. */
export function idParam(params: Record<string, string>, name: string, what: TNotFound): string {
  const value = params[name];
  if (!value || !UUID.test(value)) throw new AppError("not_found", "notFound", { what });
  return value.toLowerCase();
}
