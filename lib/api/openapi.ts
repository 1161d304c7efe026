// The OpenAPI 3.1 document of the JSON API, generated from the same zod schemas the routes parse
// and answer with (z.toJSONSchema), so it cannot drift from them. Every route file under app/api
// has an entry here; openapi.test.ts walks app/api/**/route.ts to prove it.
import { z } from "zod";
import type { TAccess } from "../auth/roles";
import type { TTokenScope } from "../auth/tokens";
import { ERROR_STATUS, type TErrorCode } from "../errors";
import { ZClusterCreate, ZClusterUpdate, ZConnectionInput, ZKubeconfigInspect } from "../clusters/input";
import { ZCheckTextsQuery, ZErrorBody } from "./schemas/common";
import { ZAuditPage, ZAuditQuery } from "./schemas/audit";
import { ZAuthOk, ZSignInBody, ZSsoCallbackQuery, ZSsoStartQuery } from "./schemas/auth";
import { ZPasswordResetBody, ZSignedOut, ZUser, ZUserCreateBody, ZUserList, ZUserUpdateBody, ZUserWithPassword } from "./schemas/users";
import { ZException, ZExceptionCreateBody, ZExceptionHistory, ZExceptionList, ZExceptionListQuery } from "./schemas/exceptions";
import { ZFindingDetail, ZFindingPage, ZFindingsQuery } from "./schemas/findings";
import { ZHealth } from "./schemas/health";
import { ZEndpointList, ZEndpointSaved, ZTestDelivery } from "./schemas/notifications";
import { ZEndpointCreate, ZEndpointUpdate } from "../notifications/input";
import { ZLocaleBody, ZLocaleSaved } from "./schemas/me";
import { ZOverview } from "./schemas/overview";
import { ZQuickWinChecks } from "./schemas/quick-wins";
import { ZRatings, ZRatingsBody, ZRatingsVersion } from "./schemas/ratings";
import { ZManifestUploadBody, ZScanDetail, ZScanDiff, ZScanDiffQuery, ZScanList, ZScanListQuery, ZTriggerScanResponse } from "./schemas/scans";
import { ZApiToken, ZApiTokenCreateBody, ZApiTokenCreated, ZApiTokenList } from "./schemas/tokens";
import { tokenScopeFor } from "../auth/tokens";
import { ZMatrix, ZMatrixQuery, ZNamespaces, ZTrends, ZTrendsQuery } from "./schemas/scoring";
import { ZReportQuery } from "../report/options";

export type THttpMethod = "get" | "post" | "put" | "patch" | "delete";

export interface TOperation {
  method: THttpMethod;
  /** OpenAPI form: /api/clusters/{id}/matrix */
  path: string;
  summary: string;
  tag: string;
  access: TAccess;
  /** The least API-token scope the route takes beyond the default (read: GET routes open to viewers). */
  token?: TTokenScope;
  query?: z.ZodObject;
  body?: { name: string; schema: z.ZodType };
  response: { status: number; name?: string; schema?: z.ZodType; description: string; contentType?: string };
  /** Error codes beyond the ones the wrapper always may answer (validation, database). */
  errors?: TErrorCode[];
  /** Said when the schema is a minimal description rather than the route's own schema. */
  note?: string;
}

type TJsonSchema = Record<string, unknown>;

// Dates are Date objects in the server and ISO strings on the wire.
function jsonSchema(schema: z.ZodType, io: "input" | "output"): TJsonSchema {
  const out = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io,
    unrepresentable: "any",
    override: (context) => {
      if (context.zodSchema._zod.def.type === "date") {
        context.jsonSchema.type = "string";
        context.jsonSchema.format = "date-time";
      }
    },
  }) as TJsonSchema;
  delete out.$schema;
  return out;
}

function queryParameters(query: z.ZodObject | undefined) {
  if (!query) return [];
  return Object.entries(query.shape).map(([name, field]) => {
    const schema = jsonSchema(field as z.ZodType, "input");
    const description = typeof schema.description === "string" ? schema.description : undefined;
    return { name, in: "query", required: !(field as z.ZodType).safeParse(undefined).success, schema, ...(description ? { description } : {}) };
  });
}

function pathParameters(path: string) {
  return [...path.matchAll(/\{(\w+)\}/g)].map((match) => ({ name: match[1], in: "path", required: true, schema: { type: "string", format: "uuid" } }));
}

function errorResponses(operation: TOperation) {
  const codes = new Set<TErrorCode>(["database_unavailable", "internal", ...(operation.errors ?? [])]);
  if (operation.query || operation.body) codes.add("validation_failed");
  if (operation.body) codes.add("payload_too_large");
  if (operation.path.includes("{")) codes.add("not_found");
  if (operation.access !== "public") codes.add("unauthenticated").add("forbidden");
  if (operation.method !== "get") codes.add("cross_site");
  const byStatus = new Map<number, TErrorCode[]>();
  for (const code of codes) byStatus.set(ERROR_STATUS[code], [...(byStatus.get(ERROR_STATUS[code]) ?? []), code]);
  return Object.fromEntries([...byStatus].sort(([a], [b]) => a - b).map(([status, list]) => [
    String(status),
    { description: `Error: ${list.join(", ")}`, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
  ]));
}

export function openApiDocument(operations: readonly TOperation[] = OPERATIONS) {
  const components: Record<string, TJsonSchema> = { Error: jsonSchema(ZErrorBody, "output") };
  const reference = (name: string, schema: z.ZodType, io: "input" | "output") => {
    components[name] ??= jsonSchema(schema, io);
    return { $ref: `#/components/schemas/${name}` };
  };
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of operations) {
    const { response } = operation;
    const responseSchema = response.schema ? (response.name ? reference(response.name, response.schema, "output") : jsonSchema(response.schema, "output")) : undefined;
    paths[operation.path] ??= {};
    paths[operation.path]![operation.method] = {
      summary: operation.summary,
      ...(operation.note ? { description: operation.note } : {}),
      tags: [operation.tag],
      operationId: `${operation.method}${operation.path.replace(/[{}]/g, "").split(/[/.-]/).filter(Boolean).map((part) => part[0]!.toUpperCase() + part.slice(1)).join("")}`,
      "x-access": operation.access,
      "x-token-scope": tokenScopeFor(operation.method.toUpperCase(), operation.access, operation.token),
      parameters: [...pathParameters(operation.path), ...queryParameters(operation.query)],
      ...(operation.body
        ? { requestBody: { required: true, content: { "application/json": { schema: reference(operation.body.name, operation.body.schema, "input") } } } }
        : {}),
      responses: {
        [String(response.status)]: {
          description: response.description,
          ...(responseSchema ? { content: { [response.contentType ?? "application/json"]: { schema: responseSchema } } } : {}),
          ...(!responseSchema && response.contentType ? { content: { [response.contentType]: { schema: { type: "string" } } } } : {}),
        },
        ...errorResponses(operation),
      },
    };
  }
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Ramparts API",
      version: "1",
      description:
        "Every error is { error: { code, message, details? } } with a stable code. Every operation names the least role it needs in x-access " +
        "(viewer < editor < admin; public needs none), and in x-token-scope the least API-token scope that may call it " +
        "(Authorization: Bearer rmp_…; read < scan; null: no token may). Dates are ISO 8601. Lists use opaque cursors: pass nextCursor back as cursor. " +
        "Check titles, why texts and remediation notes and steps are in English or French: ?lang=en|fr where offered, else the " +
        "ramparts-locale cookie, else Accept-Language (fr, fr-CA… → French), else English. Finding messages and evidence stay as the scan wrote them.",
    },
    paths,
    components: { schemas: components },
  };
}

const ok = (name: string, schema: z.ZodType, description = "OK") => ({ status: 200, name, schema, description });

/** Every route of the API. Add the entry in the same change as the route file. */
export const OPERATIONS: TOperation[] = [
  { method: "get", path: "/api/health", tag: "system", access: "public", summary: "Database reachability and migration state",
    response: ok("Health", ZHealth, "Usable (503 with the same body when the database is down)") },
  { method: "get", path: "/api/openapi.json", tag: "system", access: "public", summary: "This document",
    response: { status: 200, description: "The OpenAPI 3.1 document" } },
  { method: "post", path: "/api/auth/sign-in", tag: "auth", access: "public", summary: "Sign in with email and password: sets the httpOnly session cookie",
    body: { name: "SignInBody", schema: ZSignInBody }, response: ok("AuthOk", ZAuthOk), errors: ["invalid_credentials", "too_many_attempts"],
    note: "5 attempts per email and 20 per client address in 15 minutes; then 429 too_many_attempts with Retry-After (seconds), whether or not the email exists. A success resets the email's count." },
  { method: "post", path: "/api/auth/sign-out", tag: "auth", access: "viewer", summary: "End this browser's session and clear its cookie",
    response: ok("AuthOk", ZAuthOk) },
  { method: "post", path: "/api/auth/sign-out-everywhere", tag: "auth", access: "viewer", summary: "End every session of the signed-in user",
    response: ok("AuthOk", ZAuthOk) },
  { method: "get", path: "/api/auth/sso", tag: "auth", access: "public", summary: "Single sign-on: redirects the browser to the OpenID provider (404 when not configured)", query: ZSsoStartQuery,
    response: { status: 302, description: "To the provider's authorization endpoint, with the flow's state in a short-lived cookie" } },
  { method: "get", path: "/api/auth/callback/oidc", tag: "auth", access: "public", summary: "Single sign-on: where the OpenID provider sends the browser back (the redirect URI to register)", query: ZSsoCallbackQuery,
    response: { status: 302, description: "To `next` with the session cookie, or to /sign-in?error=<code> (sso_no_role: the user is in no mapped group)" },
    note: "The user's role is their highest group mapped by RAMPARTS_OIDC_ADMIN_GROUPS / _EDITOR_GROUPS / _VIEWER_GROUPS, re-evaluated at every sign-in." },
  { method: "put", path: "/api/me/locale", tag: "auth", access: "viewer", summary: "Remember the signed-in user's language (en or fr) on their account and in the ramparts-locale cookie",
    body: { name: "LocaleBody", schema: ZLocaleBody }, response: ok("LocaleSaved", ZLocaleSaved) },
  { method: "get", path: "/api/audit", tag: "audit", access: "admin", summary: "The audit log, newest first: sign-ins, sign-outs, cluster, ratings, exception, user, token and notification changes (kept a year)", query: ZAuditQuery,
    response: ok("AuditPage", ZAuditPage) },
  { method: "get", path: "/api/users", tag: "users", access: "admin", summary: "Every user with role, state, sessions and last sign-in (never a password hash)",
    response: ok("UserList", ZUserList) },
  { method: "post", path: "/api/users", tag: "users", access: "admin", summary: "Create a user; without a password one is generated and answered once",
    body: { name: "UserCreateBody", schema: ZUserCreateBody }, response: { status: 201, name: "UserWithPassword", schema: ZUserWithPassword, description: "Created" }, errors: ["conflict"] },
  { method: "patch", path: "/api/users/{id}", tag: "users", access: "admin", summary: "Change a user's role, or disable (signed out everywhere) or enable them",
    body: { name: "UserUpdateBody", schema: ZUserUpdateBody }, response: ok("User", ZUser), errors: ["conflict"],
    note: "409 conflict when it would leave no enabled admin, or when an admin disables their own account." },
  { method: "delete", path: "/api/users/{id}", tag: "users", access: "admin", summary: "Delete a user (not yourself, not the last admin)",
    response: ok("User", ZUser), errors: ["conflict"] },
  { method: "post", path: "/api/users/{id}/password", tag: "users", access: "admin", summary: "Set a new password (given, or generated and answered once); ends every session of the user",
    body: { name: "PasswordResetBody", schema: ZPasswordResetBody }, response: ok("UserWithPassword", ZUserWithPassword) },
  { method: "delete", path: "/api/users/{id}/sessions", tag: "users", access: "admin", summary: "Sign a user out of every browser",
    response: ok("SignedOut", ZSignedOut) },
  { method: "get", path: "/api/overview", tag: "fleet", access: "viewer", summary: "Every cluster with grade, posture, changes, sparkline and scans; fleet totals",
    response: ok("Overview", ZOverview) },
  { method: "get", path: "/api/scans", tag: "scans", access: "viewer", summary: "Scans, newest first", query: ZScanListQuery,
    response: ok("ScanList", ZScanList) },
  { method: "get", path: "/api/scans/{id}", tag: "scans", access: "viewer", summary: "One scan with its progress, gaps, score and counts (gap reasons in the reader's language)", query: ZCheckTextsQuery,
    response: ok("ScanDetail", ZScanDetail) },
  { method: "get", path: "/api/scans/{id}/diff", tag: "scans", access: "viewer", summary: "New or resolved findings against the previous good scan", query: ZScanDiffQuery,
    response: ok("ScanDiff", ZScanDiff) },
  { method: "post", path: "/api/clusters/{id}/scans", tag: "scans", access: "editor", token: "scan", summary: "Scan now (joins a scan already queued or running)",
    response: { status: 202, name: "TriggerScan", schema: ZTriggerScanResponse, description: "Queued (or joined)" }, errors: ["conflict"] },
  { method: "get", path: "/api/clusters/{id}/findings", tag: "findings", access: "viewer", summary: "Findings of the current scan, filtered, with their status now", query: ZFindingsQuery,
    response: ok("FindingPage", ZFindingPage) },
  { method: "get", path: "/api/findings/{id}", tag: "findings", access: "viewer", summary: "One finding with its check and history (check texts in the reader's language)", query: ZCheckTextsQuery,
    response: ok("FindingDetail", ZFindingDetail) },
  { method: "get", path: "/api/clusters/{id}/trends", tag: "scoring", access: "viewer", summary: "Posture and compliance per scan over a period", query: ZTrendsQuery,
    response: ok("Trends", ZTrends) },
  { method: "get", path: "/api/clusters/{id}/matrix", tag: "scoring", access: "viewer", summary: "Prioritization matrix and priority list of the current scan", query: ZMatrixQuery,
    response: ok("Matrix", ZMatrix) },
  { method: "get", path: "/api/clusters/{id}/quick-wins/{quickWin}", tag: "scoring", access: "viewer", summary: "A quick win's checks with pass / fail / waived / not-assessable counts in the current scan", query: ZCheckTextsQuery,
    response: ok("QuickWinChecks", ZQuickWinChecks) },
  { method: "get", path: "/api/clusters/{id}/namespaces", tag: "scoring", access: "viewer", summary: "Namespaces × quick wins of the current scan",
    response: ok("Namespaces", ZNamespaces) },
  { method: "get", path: "/api/ratings", tag: "ratings", access: "viewer", summary: "Ratings in force and their history",
    response: ok("Ratings", ZRatings) },
  { method: "put", path: "/api/ratings", tag: "ratings", access: "admin", summary: "Save a new ratings version (reason required)",
    body: { name: "RatingsBody", schema: ZRatingsBody }, response: ok("RatingsVersion", ZRatingsVersion) },
  { method: "get", path: "/api/clusters/{id}/exceptions", tag: "exceptions", access: "viewer", summary: "The cluster's exceptions", query: ZExceptionListQuery,
    response: ok("ExceptionList", ZExceptionList) },
  { method: "post", path: "/api/clusters/{id}/exceptions", tag: "exceptions", access: "editor", summary: "Accept a risk (expiry required, one year at most)",
    body: { name: "ExceptionCreateBody", schema: ZExceptionCreateBody }, response: { status: 201, name: "Exception", schema: ZException, description: "Created" } },
  { method: "delete", path: "/api/exceptions/{id}", tag: "exceptions", access: "editor", summary: "Revoke an exception",
    response: ok("Exception", ZException) },
  { method: "get", path: "/api/exceptions/{id}/history", tag: "exceptions", access: "viewer", summary: "Every event of an exception",
    response: ok("ExceptionHistory", ZExceptionHistory) },
  { method: "post", path: "/api/clusters/{id}/uploads", tag: "scans", access: "editor", token: "scan",
    summary: "Upload manifests to a 'manifests' cluster and scan them now (CI: ramparts scan --upload); answers once the scan has ended",
    body: { name: "ManifestUpload", schema: ZManifestUploadBody }, response: { status: 201, name: "ScanDetail", schema: ZScanDetail, description: "The scan, ended (succeeded, partial or failed with its reason)" },
    errors: ["conflict"] },
  { method: "get", path: "/api/metrics", tag: "system", access: "admin", token: "read", summary: "Prometheus metrics: posture, grade, open findings, last scans per cluster; process metrics",
    response: { status: 200, description: "Prometheus text exposition format 0.0.4", contentType: "text/plain; version=0.0.4; charset=utf-8" } },
  { method: "get", path: "/api/tokens", tag: "tokens", access: "admin", summary: "API tokens, revoked ones included (never a secret)",
    response: ok("ApiTokenList", ZApiTokenList) },
  { method: "post", path: "/api/tokens", tag: "tokens", access: "admin", summary: "Create an API token: the answer holds its secret, shown this once",
    body: { name: "ApiTokenCreate", schema: ZApiTokenCreateBody }, response: { status: 201, name: "ApiTokenCreated", schema: ZApiTokenCreated, description: "Created" } },
  { method: "delete", path: "/api/tokens/{id}", tag: "tokens", access: "admin", summary: "Revoke an API token (its next call answers 401)",
    response: ok("ApiToken", ZApiToken) },
  { method: "get", path: "/api/reports/executive.pdf", tag: "reports", access: "viewer", summary: "The executive summary as a PDF (chosen clusters and period, English or French)", query: ZReportQuery,
    response: { status: 200, description: "The PDF, as an attachment named <organisation>-executive-summary-<yyyy-mm-dd>.pdf", contentType: "application/pdf" }, errors: ["not_found"] },
  { method: "get", path: "/api/notifications", tag: "notifications", access: "admin", summary: "Webhook endpoints with their latest deliveries (never a secret; each URL masked: scheme, host and the path's plain words)",
    response: ok("EndpointList", ZEndpointList) },
  { method: "post", path: "/api/notifications", tag: "notifications", access: "admin", summary: "Add a webhook endpoint (a secret is generated and returned once when none is given)",
    body: { name: "EndpointCreate", schema: ZEndpointCreate }, response: { status: 201, name: "EndpointSaved", schema: ZEndpointSaved, description: "Created" }, errors: ["conflict"] },
  { method: "patch", path: "/api/notifications/{id}", tag: "notifications", access: "admin", summary: "Change a webhook endpoint (without url the stored URL stays; generateSecret: true returns a new secret once)",
    body: { name: "EndpointUpdate", schema: ZEndpointUpdate }, response: ok("EndpointSaved", ZEndpointSaved), errors: ["conflict"] },
  { method: "delete", path: "/api/notifications/{id}", tag: "notifications", access: "admin", summary: "Delete a webhook endpoint and its deliveries",
    response: { status: 204, description: "Deleted" } },
  { method: "post", path: "/api/notifications/{id}/test", tag: "notifications", access: "admin", summary: "Send a signed test event now (one attempt) and say what the receiver answered",
    response: ok("TestDelivery", ZTestDelivery) },
  ...clusterOperations(),
];

/**
 * The cluster registration routes (issue #4). Their request bodies are the exported schemas of
 * lib/clusters/input.ts; their query strings and answers have no exported zod schema (the answers
 * are TypeScript types in lib/clusters/types.ts), so those are described minimally here.
 */
function clusterOperations(): TOperation[] {
  const minimal = "The answer is described minimally: the route returns lib/clusters/types.ts types, which have no zod schema yet.";
  const object = z.object({}).loose();
  const cluster = z.object({ cluster: object });
  return [
    { method: "get", path: "/api/clusters", tag: "clusters", access: "viewer", summary: "Registered clusters with their last scan (never credentials)",
      query: z.object({ includeArchived: z.enum(["true", "false"]).optional() }), response: ok("ClusterList", z.object({ clusters: z.array(object) })), note: minimal },
    { method: "post", path: "/api/clusters", tag: "clusters", access: "admin", summary: "Register a cluster",
      body: { name: "ClusterCreate", schema: ZClusterCreate }, response: { status: 201, name: "ClusterEnvelope", schema: cluster, description: "Registered" }, errors: ["conflict"], note: minimal },
    { method: "get", path: "/api/clusters/{id}", tag: "clusters", access: "viewer", summary: "One cluster and a safe description of its connection",
      response: ok("ClusterEnvelope", cluster), note: minimal },
    { method: "patch", path: "/api/clusters/{id}", tag: "clusters", access: "admin", summary: "Edit a cluster (credentials replaced only with connectionKind)",
      body: { name: "ClusterUpdate", schema: ZClusterUpdate }, response: ok("ClusterEnvelope", cluster), errors: ["conflict"], note: minimal },
    { method: "delete", path: "/api/clusters/{id}", tag: "clusters", access: "admin", summary: "Archive a cluster (history kept)",
      response: ok("ClusterEnvelope", cluster), note: minimal },
    { method: "post", path: "/api/clusters/{id}/test", tag: "clusters", access: "editor", summary: "Test the stored connection now",
      response: ok("ConnectionTestOutcome", object), note: minimal },
    { method: "post", path: "/api/clusters/test-connection", tag: "clusters", access: "admin", summary: "Test a connection before saving it (nothing stored)",
      body: { name: "ConnectionInput", schema: ZConnectionInput }, response: ok("ConnectionTestOutcome", object), note: minimal },
    { method: "post", path: "/api/clusters/inspect", tag: "clusters", access: "admin", summary: "The contexts of a pasted kubeconfig",
      body: { name: "KubeconfigInspect", schema: ZKubeconfigInspect }, response: ok("KubeconfigInspection", object), errors: ["payload_too_large"], note: minimal },
    { method: "get", path: "/api/clusters/schedule", tag: "clusters", access: "viewer", summary: "A cron schedule in words and its next run",
      query: z.object({ expression: z.string().max(200), locale: z.enum(["en", "fr"]).optional() }),
      response: ok("ScheduleCheck", z.union([z.object({ ok: z.literal(true), description: z.string(), next: z.string() }), z.object({ ok: z.literal(false), message: z.string() })])) },
    { method: "get", path: "/api/rbac/ramparts-reader.yaml", tag: "clusters", access: "public", summary: "The read-only ClusterRole, ServiceAccount and binding a scanner needs",
      response: { status: 200, description: "deploy/rbac/ramparts-reader.yaml", contentType: "text/plain" } },
  ];
}
