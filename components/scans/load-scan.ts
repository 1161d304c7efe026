import "server-only";
import { notFound } from "next/navigation";
import { idParam } from "@/lib/api/params";
import { loadForView, type TLoaded } from "@/lib/db/load";
import { isAppError, type TNotFound } from "@/lib/errors";

/**
 * Runs a page read for the id in the URL: a 404 for an id that is malformed or names nothing,
 * the database's reason when it cannot answer, and an invalid cursor read as "first page".
 */
export async function loadById<T>(rawId: string, what: TNotFound, read: (id: string) => Promise<T>): Promise<TLoaded<T>> {
  try {
    const id = idParam({ id: rawId }, "id", what);
    return await loadForView(() => read(id));
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}

/** `read(cursor)`, or `read(undefined)` when the cursor from the URL is not one we issued. */
export async function withCursor<T>(cursor: string | undefined, read: (cursor: string | undefined) => Promise<T>): Promise<T> {
  try {
    return await read(cursor);
  } catch (error) {
    if (cursor !== undefined && isAppError(error) && error.code === "validation_failed") return read(undefined);
    throw error;
  }
}
