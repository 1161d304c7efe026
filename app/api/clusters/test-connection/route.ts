import { NextResponse } from "next/server";
import { parseBody } from "@/lib/api/body";
import { route } from "@/lib/api/route";
import { ZConnectionInput } from "@/lib/clusters/input";
import { MAX_REGISTRATION_BODY_BYTES } from "@/lib/clusters/limits";
import { testConnectionInput } from "@/lib/clusters/registration";
import { requestLocale } from "@/lib/i18n/locale";

export const dynamic = "force-dynamic";

/**
 * Tests a connection before it is saved; nothing is stored. An unreachable server, a TLS or a 401
 * failure is a 200 whose result says what to fix; a kubeconfig that cannot be used is a 400.
 * Admin only: it makes the server connect to an address the caller chooses.
 */
export const POST = route({ access: "admin" }, async ({ request }) => {
  const input = await parseBody(request, ZConnectionInput, { maxBytes: MAX_REGISTRATION_BODY_BYTES });
  return NextResponse.json(await testConnectionInput(input, requestLocale(request)), { headers: { "cache-control": "no-store" } });
});
