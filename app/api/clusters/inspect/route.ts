import { NextResponse } from "next/server";
import { parseBody } from "@/lib/api/body";
import { route } from "@/lib/api/route";
import { inspectKubeconfig } from "@/lib/clusters/connection";
import { ZKubeconfigInspect } from "@/lib/clusters/input";
import { MAX_KUBECONFIG_BODY_BYTES } from "@/lib/clusters/limits";
import { requestLocale } from "@/lib/i18n/locale";

export const dynamic = "force-dynamic";

/** The contexts of a pasted kubeconfig (names, server host, auth method, problems, warnings), for the form's picker. */
export const POST = route({ access: "admin" }, async ({ request }) => {
  const { kubeconfig } = await parseBody(request, ZKubeconfigInspect, { maxBytes: MAX_KUBECONFIG_BODY_BYTES });
  return NextResponse.json(inspectKubeconfig(kubeconfig, requestLocale(request)), { headers: { "cache-control": "no-store" } });
});
