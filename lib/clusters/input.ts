// What a person submits to register or edit a cluster, validated with zod. Flat on purpose: the
// flattened errors ({ fieldErrors: { kubeconfig: [...] } }) land next to the form's fields.
import { z } from "zod";
import { checkSchedule, DEFAULT_SCHEDULE } from "../scans/schedule";
import {
  CLUSTER_NAME_MAX, CLUSTER_NAME_PATTERN, CONNECTION_KINDS, CONTEXT_NAME_MAX, DESCRIPTION_MAX, ENVIRONMENTS, MANIFEST_PATH_MAX, MAX_KUBECONFIG_BODY_BYTES, MAX_REGISTRATION_BODY_BYTES,
} from "./limits";

const ZName = z
  .string()
  .trim()
  .min(1, { message: "A name is required.", abort: true })
  .max(CLUSTER_NAME_MAX, `A name has at most ${CLUSTER_NAME_MAX} characters.`)
  .regex(CLUSTER_NAME_PATTERN, "Use lowercase letters, digits and '-', starting and ending with a letter or digit (like a namespace name).");

const ZSchedule = z
  .string()
  .max(200)
  .trim()
  .superRefine((value, ctx) => {
    const check = checkSchedule(value);
    if (!check.ok) ctx.addIssue({ code: "custom", message: check.message });
  });

const ZManifestsSource = z.discriminatedUnion("type", [
  // The size limit is checked where it can answer 413 (lib/clusters/connection.ts).
  z.strictObject({ type: z.literal("bundle"), yaml: z.string().max(MAX_REGISTRATION_BODY_BYTES) }),
  z.strictObject({ type: z.literal("path"), path: z.string().trim().min(1, "A folder path is required.").max(MANIFEST_PATH_MAX) }),
]);

/** The connection: a kubeconfig (one context kept), the service account Ramparts runs as, or manifests. */
const connectionFields = {
  connectionKind: z.enum(CONNECTION_KINDS),
  /** Pasted or uploaded text; its size is checked by the parser (413 past MAX_KUBECONFIG_BYTES). */
  kubeconfig: z.string().max(MAX_REGISTRATION_BODY_BYTES).optional(),
  /** Which context of the kubeconfig to keep; default: its current-context, or its only one. */
  context: z.string().trim().max(CONTEXT_NAME_MAX).optional(),
  manifests: ZManifestsSource.optional(),
};

type TConnectionShape = { connectionKind?: (typeof CONNECTION_KINDS)[number]; kubeconfig?: string; manifests?: unknown };

function requireConnectionParts(input: TConnectionShape, ctx: z.RefinementCtx) {
  if (input.connectionKind === "kubeconfig" && !input.kubeconfig?.trim()) {
    ctx.addIssue({ code: "custom", path: ["kubeconfig"], message: "Paste or upload a kubeconfig." });
  }
  if (input.connectionKind === "manifests" && !input.manifests) {
    ctx.addIssue({ code: "custom", path: ["manifests"], message: "Upload a YAML bundle or give a folder on the server." });
  }
}

export const ZConnectionInput = z.strictObject(connectionFields).superRefine(requireConnectionParts);

export const ZClusterCreate = z
  .strictObject({
    name: ZName,
    environment: z.enum(ENVIRONMENTS),
    description: z.string().trim().max(DESCRIPTION_MAX, `A description has at most ${DESCRIPTION_MAX} characters.`).default(""),
    schedule: ZSchedule.default(DEFAULT_SCHEDULE),
    ...connectionFields,
  })
  .superRefine(requireConnectionParts);

/** Every field optional. Without connectionKind the stored credentials are kept as they are. */
export const ZClusterUpdate = z
  .strictObject({
    name: ZName.optional(),
    environment: z.enum(ENVIRONMENTS).optional(),
    description: z.string().trim().max(DESCRIPTION_MAX, `A description has at most ${DESCRIPTION_MAX} characters.`).optional(),
    schedule: ZSchedule.optional(),
    archived: z.boolean().optional(),
    ...connectionFields,
    connectionKind: connectionFields.connectionKind.optional(),
  })
  .superRefine((input, ctx) => {
    requireConnectionParts(input, ctx);
    if (!input.connectionKind && (input.kubeconfig !== undefined || input.manifests !== undefined || input.context !== undefined)) {
      ctx.addIssue({ code: "custom", path: ["connectionKind"], message: "Say which kind of connection the new credentials are (connectionKind)." });
    }
  });

export type TConnectionInput = z.infer<typeof ZConnectionInput>;
export type TClusterCreate = z.infer<typeof ZClusterCreate>;
export type TClusterUpdate = z.infer<typeof ZClusterUpdate>;

/** POST /api/clusters/inspect: a pasted kubeconfig whose contexts the form lists. */
export const ZKubeconfigInspect = z.strictObject({ kubeconfig: z.string().max(MAX_KUBECONFIG_BODY_BYTES) });
