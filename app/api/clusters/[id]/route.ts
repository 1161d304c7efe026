import { NextResponse } from "next/server";
import { parseBody } from "@/lib/api/body";
import { idParam } from "@/lib/api/params";
import { route } from "@/lib/api/route";
import { audit } from "@/lib/audit/audit";
import { ZClusterUpdate } from "@/lib/clusters/input";
import { MAX_REGISTRATION_BODY_BYTES } from "@/lib/clusters/limits";
import { archiveCluster, editCluster, getClusterDetail } from "@/lib/clusters/registration";
import { requestLocale } from "@/lib/i18n/locale";

export const dynamic = "force-dynamic";

const NO_STORE = { "cache-control": "no-store" };

/** One cluster: its settings and a safe description of its connection (server host, auth method, context). */
export const GET = route({ access: "viewer" }, async ({ request, params }) => {
  return NextResponse.json({ cluster: await getClusterDetail(idParam(params, "id", "cluster"), requestLocale(request)) }, { headers: NO_STORE });
});

/** Edits any subset of the fields; credentials are replaced only when connectionKind is sent. */
export const PATCH = route({ access: "admin" }, async ({ request, params, principal }) => {
  const id = idParam(params, "id", "cluster");
  const input = await parseBody(request, ZClusterUpdate, { maxBytes: MAX_REGISTRATION_BODY_BYTES });
  const cluster = await editCluster(id, input, requestLocale(request));
  // Which fields changed, never their secret values; a new connection is its own event.
  const fields = Object.keys(input).filter((field) => !["kubeconfig", "manifests", "context", "connectionKind"].includes(field));
  if (fields.length > 0) await audit(request, principal, "cluster.updated", { kind: "cluster", id }, { fields, name: cluster.name });
  if (input.connectionKind) await audit(request, principal, "cluster.credentials_changed", { kind: "cluster", id }, { connectionKind: input.connectionKind, name: cluster.name });
  return NextResponse.json({ cluster }, { headers: NO_STORE });
});

/** Archives: no more scans, history kept (scans, findings, exceptions). PATCH { archived: false } restores. */
export const DELETE = route({ access: "admin" }, async ({ request, params, principal }) => {
  const cluster = await archiveCluster(idParam(params, "id", "cluster"), requestLocale(request));
  await audit(request, principal, "cluster.archived", { kind: "cluster", id: cluster.id }, { name: cluster.name });
  return NextResponse.json({ cluster }, { headers: NO_STORE });
});
