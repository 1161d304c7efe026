import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { sessionUser, type TSessionUser } from "./server";

/** The signed-in user of the page being rendered, read once per request (layout and guard share it). */
export const currentUser = cache(async (): Promise<TSessionUser | null> => sessionUser(await headers()));
