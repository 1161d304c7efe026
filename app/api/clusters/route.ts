import { NextResponse } from "next/server";
import { z } from "zod";
import { parseBody } from "@/lib/api/body";
import { route } from "@/lib/api/route";
import { audit } from "@/lib/audit/audit";
import { ZClusterCreate } from "@/lib/clusters/input";
import { MAX_REGISTRATION_BODY_BYTES } from "@/lib/clusters/limits";
import { registerCluster } from "@/lib/clusters/registration";
import { listClusters } from "@/lib/db/clusters";
import { requestLocale } from "@/lib/i18n/locale";

export const dynamic = "force-dynamic";

const NO_STORE = { "cache-control": "no-store" };

/** Registered clusters with their last scan; `?includeArchived=true` adds archived ones. Never credentials. */
export const GET = route({ access: "viewer", query: z.object({ includeArchived: z.enum(["true", "false"]).optional() }) }, async ({ query }) => {
  const clusters = await listClusters({ includeArchived: query.includeArchived === "true" });
  return NextResponse.json({ clusters }, { headers: NO_STORE });
});

/** Registers a cluster: 201 with its safe description; 400/409/413 name the field at fault. */
export const POST = route({ access: "admin" }, async ({ request, principal }) => {
  const input = await parseBody(request, ZClusterCreate, { maxBytes: MAX_REGISTRATION_BODY_BYTES });
  const cluster = await registerCluster(input, requestLocale(request));
  // The connection's kind only: never the kubeconfig or manifests themselves.
  await audit(request, principal, "cluster.created", { kind: "cluster", id: cluster.id }, { name: input.name, environment: input.environment, connectionKind: input.connectionKind });
  return NextResponse.json({ cluster }, { status: 201, headers: { ...NO_STORE, location: `/api/clusters/${cluster.id}` } });
});
