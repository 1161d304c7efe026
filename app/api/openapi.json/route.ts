import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/api/openapi";
import { route } from "@/lib/api/route";

export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 document of this API, generated from the routes' zod schemas. */
export const GET = route({ access: "public" }, async () => NextResponse.json(openApiDocument(), { headers: { "cache-control": "no-store" } }));
