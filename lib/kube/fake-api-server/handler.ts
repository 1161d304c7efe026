// One request through the fake API server, in kube-apiserver's order: authentication,
// (injected) throttling and server errors, routing, authorization, then the handler.
import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { TLSSocket } from "node:tls";
import { setTimeout as sleep } from "node:timers/promises";
import { coreVersions, group, groupList, resourceList, versionInfo, type TServerVersion } from "./discovery";
import type { TFaultState } from "./faults";
import { decodeContinue, listPage } from "./paging";
import { accessReview, isAllowed, rulesReview, type TPermissionSet } from "./permissions";
import type { RequestLog, TRequestRecord } from "./request-log";
import { route } from "./routes";
import * as statuses from "./status";
import type { TStore } from "./store";

export interface TServerState {
  store: TStore;
  faults: TFaultState;
  permissions: TPermissionSet;
  token: string;
  /** Who a valid token authenticates as. */
  user: string;
  version: TServerVersion;
  log: RequestLog;
  tls: boolean;
  address: string;
}

const MAX_BODY_BYTES = 1 << 20;

function tokenMatches(header: string | undefined, token: string): boolean {
  if (!header?.startsWith("Bearer ")) return false;
  const given = Buffer.from(header.slice("Bearer ".length));
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The user name, or undefined: a client certificate signed by the CA wins over a token. */
function authenticate(state: TServerState, request: IncomingMessage): string | undefined {
  if (state.tls) {
    const socket = request.socket as TLSSocket;
    if (socket.authorized) {
      const commonName = socket.getPeerCertificate().subject?.CN;
      if (commonName) return Array.isArray(commonName) ? commonName[0] : commonName;
    }
  }
  return tokenMatches(request.headers.authorization, state.token) ? state.user : undefined;
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return undefined;
  }
}

export async function handle(state: TServerState, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? "/", "http://fake-api-server");
  const method = request.method ?? "GET";
  const record: TRequestRecord = { method, path: url.pathname, query: url.search.slice(1), status: 0, at: Date.now() };
  const send = (code: number, body: unknown, headers: Record<string, string> = {}) => {
    record.status = code;
    state.log.record(record);
    if (response.destroyed) return; // the client gave up (timeout) while we were slow on purpose
    response.writeHead(code, { "content-type": "application/json", ...headers });
    response.end(JSON.stringify(body));
  };

  if (state.faults.latencyMs > 0) await sleep(state.faults.latencyMs);
  const user = authenticate(state, request);
  if (!user) return send(401, statuses.unauthorized());

  const target = route(state.store.catalog, url.pathname);
  if (target.type === "review") {
    if (method !== "POST") return send(405, statuses.methodNotAllowed());
    const body = await readJson(request);
    if (body === undefined) return send(400, statuses.status(400, "BadRequest", "the request body is not a JSON object"));
    return send(201, target.review === "rules" ? rulesReview(state.permissions, body) : accessReview(state.permissions, body));
  }
  if (method !== "GET") return send(405, statuses.methodNotAllowed());
  switch (target.type) {
    case "version": return send(200, versionInfo(state.version));
    case "coreVersions": return send(200, coreVersions(state.address));
    case "groupList": return send(200, groupList(state.store.catalog));
    case "group": return sendOrNotFound(send, group(state.store.catalog, target.group));
    case "resourceList": return sendOrNotFound(send, resourceList(state.store.catalog, target.groupVersion));
    case "notFound": return send(404, statuses.pathNotFound());
  }

  const { resource, namespace } = target;
  const retryAfter = state.faults.tooManyRequests(resource.plural);
  if (retryAfter !== undefined) return send(429, statuses.tooManyRequests(retryAfter), { "retry-after": String(retryAfter) });
  const serverError = state.faults.serverError(resource.plural);
  if (serverError !== undefined) return send(serverError, statuses.internalError(serverError));
  const verb = target.type === "get" ? "get" : "list";
  const name = target.type === "get" ? target.name : undefined;
  if (state.faults.isForbidden(resource.plural) || !isAllowed(state.permissions, { verb, group: resource.apiGroup, resource: resource.plural, namespace, name })) {
    return send(403, statuses.forbidden(user, verb, resource.plural, resource.apiGroup, namespace));
  }

  const all = state.store.objectsOf(resource);
  if (target.type === "get") {
    const found = all.find((stored) => stored.name === target.name && (!resource.namespaced || stored.namespace === namespace));
    return found ? send(200, found.object) : send(404, statuses.objectNotFound(resource.plural, resource.apiGroup, target.name));
  }

  const limit = Number.parseInt(url.searchParams.get("limit") ?? "", 10);
  const token = url.searchParams.get("continue");
  let offset = 0;
  if (token) {
    const key = decodeContinue(token);
    if (!key || key.resource !== resource.plural || key.namespace !== (namespace ?? "")) return send(400, statuses.badContinue());
    if (key.rv !== state.store.resourceVersion || state.faults.expireDue(resource.plural)) return send(410, statuses.expired());
    offset = key.offset;
  }
  const pageLimit = limit > 0 ? limit : undefined;
  const body = listPage(all, { type: resource, namespace, resourceVersion: state.store.resourceVersion, limit: pageLimit, offset });
  const pageIndex = pageLimit ? Math.floor(offset / pageLimit) : 0;
  if (state.faults.resetDue(resource.plural, pageIndex)) return resetHalfWay(state, record, response, JSON.stringify(body));
  send(200, body);
}

function sendOrNotFound(send: (code: number, body: unknown) => void, body: unknown): void {
  if (body === undefined) send(404, statuses.pathNotFound());
  else send(200, body);
}

/** Headers and half the body, then the socket is destroyed: a connection reset mid-transfer. */
function resetHalfWay(state: TServerState, record: TRequestRecord, response: ServerResponse, text: string): void {
  record.status = "reset";
  state.log.record(record);
  response.writeHead(200, { "content-type": "application/json", "content-length": String(Buffer.byteLength(text)) });
  response.write(text.slice(0, Math.floor(text.length / 2)), () => response.socket?.destroy());
}
