// A small HTTP(S) server that speaks enough Kubernetes for @kubernetes/client-node: it serves a
// folder of YAML manifests (or an in-memory snapshot) on the real REST paths, with bearer-token
// and client-certificate authentication, a permission set, and faults that can be switched at
// runtime. Used by the collector's tests, the benchmark and the demo. Binds 127.0.0.1 by default.
import { randomBytes } from "node:crypto";
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { snapshotFromPaths, type TLoadProblem } from "../../checks/load";
import type { TSnapshot } from "../../checks/types";
import { DEFAULT_VERSION, type TServerVersion } from "./discovery";
import { createFaultState, type TFaults } from "./faults";
import { handle, type TServerState } from "./handler";
import { PERMISSION_PRESETS, type TPermissionPreset, type TPermissionSet } from "./permissions";
import { RequestLog } from "./request-log";
import { createStore } from "./store";
import { createCertificateAuthority, type TKeyPairPem } from "./tls";

export type { TFaults } from "./faults";
export { fakeKubeConfig, fakeKubeconfigDocument, fakeKubeconfigYaml, type TFakeAccess } from "./kubeconfig";
export type { TPermissionPreset, TPermissionSet, TPolicyRule } from "./permissions";
export type { TRequestRecord } from "./request-log";
export { createCertificateAuthority, type TKeyPairPem } from "./tls";

export interface TFakeApiServerOptions {
  /** Folders or files of YAML manifests (read with the check engine's loader). */
  dir?: string | string[];
  /** Objects to serve from memory instead (benchmarks). */
  snapshot?: TSnapshot;
  /** 0 (default) = any free port. */
  port?: number;
  host?: string;
  /** HTTPS with a CA generated at start (default), or plain HTTP. */
  tls?: boolean;
  /** The bearer token accepted; a random one when absent. */
  token?: string;
  /** Who the token authenticates as. */
  user?: string;
  permissions?: TPermissionPreset | TPermissionSet;
  faults?: TFaults;
  version?: TServerVersion;
}

export interface TFakeApiServer {
  url: string;
  /** PEM of the CA that signed the server certificate (undefined in plain HTTP mode). */
  caPem: string | undefined;
  token: string;
  user: string;
  requests: RequestLog;
  /** Manifests that could not be parsed (the rest is served). */
  loadProblems: TLoadProblem[];
  /** Objects of kinds the server does not serve (ignored). */
  skippedObjects: number;
  /** Replaces the fault configuration (counters start again); `{}` clears every fault. */
  setFaults(faults: TFaults): void;
  setPermissions(permissions: TPermissionPreset | TPermissionSet): void;
  /** Accepts this token from now on (the old one gets 401: a revoked or rotated token). */
  setToken(token: string): void;
  /** A client certificate signed by the server's CA (TLS mode only). */
  mintClientCert(subject: { commonName: string; organizations?: string[] }): Promise<TKeyPairPem>;
  close(): Promise<void>;
}

const resolvePermissions = (permissions: TPermissionPreset | TPermissionSet) =>
  typeof permissions === "string" ? PERMISSION_PRESETS[permissions] : permissions;

export async function startFakeApiServer(options: TFakeApiServerOptions): Promise<TFakeApiServer> {
  if (!options.dir === !options.snapshot) throw new Error("startFakeApiServer needs exactly one of `dir` or `snapshot`");
  const loaded = options.snapshot
    ? { snapshot: options.snapshot, problems: [] }
    : await snapshotFromPaths(Array.isArray(options.dir) ? options.dir : [options.dir!]);
  const useTls = options.tls ?? true;
  const host = options.host ?? "127.0.0.1";
  const state: TServerState = {
    store: createStore(loaded.snapshot),
    faults: createFaultState(options.faults),
    permissions: resolvePermissions(options.permissions ?? "read-only"),
    token: options.token ?? randomBytes(24).toString("base64url"),
    user: options.user ?? "system:serviceaccount:ramparts:ramparts-reader",
    version: options.version ?? DEFAULT_VERSION,
    log: new RequestLog(),
    tls: useTls,
    address: host,
  };
  const ca = useTls ? await createCertificateAuthority() : undefined;
  const onRequest = (request: IncomingMessage, response: ServerResponse) => {
    handle(state, request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500).end();
    });
  };
  let server: Server;
  if (ca) {
    const serverCert = await ca.issue({ commonName: "fake-kube-apiserver", server: true });
    // requestCert without rejectUnauthorized: a client without a certificate may still use a
    // token, and a bad one gets a 401 Status rather than a failed handshake.
    server = createHttpsServer({ key: serverCert.keyPem, cert: serverCert.certPem, ca: [ca.certPem], requestCert: true, rejectUnauthorized: false }, onRequest);
  } else {
    server = createHttpServer(onRequest);
  }
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  state.address = `${host}:${port}`;

  return {
    url: `${useTls ? "https" : "http"}://${host}:${port}`,
    caPem: ca?.certPem,
    token: state.token,
    user: state.user,
    requests: state.log,
    loadProblems: loaded.problems,
    skippedObjects: state.store.skipped,
    setFaults: (faults) => void (state.faults = createFaultState(faults)),
    setPermissions: (permissions) => void (state.permissions = resolvePermissions(permissions)),
    setToken: (token) => void (state.token = token),
    mintClientCert: async (subject) => {
      if (!ca) throw new Error("client certificates need the TLS mode");
      return ca.issue(subject);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
