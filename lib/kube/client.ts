// The API clients for one cluster, all sharing one KubeConfig and one per-request timeout.
// client-node 2 has no default timeout: a server that accepts the connection and never answers
// would hang a scan forever, so every request gets an AbortSignal from a middleware.
import {
  ApiextensionsV1Api,
  AppsV1Api,
  AuthorizationV1Api,
  BatchV1Api,
  CoreV1Api,
  createConfiguration,
  CustomObjectsApi,
  NetworkingV1Api,
  Observable,
  RbacAuthorizationV1Api,
  ServerConfiguration,
  setHeaderMiddleware,
  VersionApi,
  type ApiType,
  type Configuration,
  type KubeConfig,
  type ObservableMiddleware,
  type RequestContext,
  type ResponseContext,
} from "@kubernetes/client-node";

export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;

export interface TKubeClientOptions {
  /** Per request, from sending to the last byte of the answer. */
  requestTimeoutMs?: number;
  /** Aborts every request at once: the scan's overall deadline, or a cancellation. */
  signal?: AbortSignal;
}

export interface TKubeClients {
  core: CoreV1Api;
  apps: AppsV1Api;
  batch: BatchV1Api;
  networking: NetworkingV1Api;
  rbac: RbacAuthorizationV1Api;
  apiextensions: ApiextensionsV1Api;
  customObjects: CustomObjectsApi;
  authorization: AuthorizationV1Api;
  version: VersionApi;
}

/**
 * A middleware giving each request its own timeout signal, combined with `signal` when given.
 * The signal must be made in `pre`, per request: one made up front would expire for them all.
 */
export function timeoutMiddleware(timeoutMs: number, signal?: AbortSignal): ObservableMiddleware {
  return {
    pre(context: RequestContext): Observable<RequestContext> {
      const signals = [AbortSignal.timeout(timeoutMs), context.getSignal(), signal].filter((one): one is AbortSignal => one !== undefined);
      context.setSignal(signals.length === 1 ? signals[0]! : AbortSignal.any(signals));
      // client-node 2 chains middleware as Observables; a Promise here fails with "toPromise is not a function".
      return new Observable(Promise.resolve(context));
    },
    post(context: ResponseContext): Observable<ResponseContext> {
      return new Observable(Promise.resolve(context));
    },
  };
}

export function createKubeClients(kubeConfig: KubeConfig, options: TKubeClientOptions = {}): TKubeClients {
  const cluster = kubeConfig.getCurrentCluster();
  if (!cluster) throw new Error("The KubeConfig has no current cluster.");
  const timeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  if (!(timeoutMs > 0)) throw new RangeError("requestTimeoutMs must be positive.");
  // As KubeConfig.makeApiClient does, plus the timeout. Beware: a call given its own
  // `middleware` option replaces these (client-node's default merge strategy) and loses the
  // timeout, unless it also passes middlewareMergeStrategy: "append".
  const configuration = (): Configuration =>
    createConfiguration({
      baseServer: new ServerConfiguration(cluster.server, {}),
      authMethods: { default: kubeConfig },
      middleware: [setHeaderMiddleware("User-Agent", "ramparts"), timeoutMiddleware(timeoutMs, options.signal)],
    });
  const make = <T extends ApiType>(Api: new (config: Configuration) => T): T => new Api(configuration());
  return {
    core: make(CoreV1Api),
    apps: make(AppsV1Api),
    batch: make(BatchV1Api),
    networking: make(NetworkingV1Api),
    rbac: make(RbacAuthorizationV1Api),
    apiextensions: make(ApiextensionsV1Api),
    customObjects: make(CustomObjectsApi),
    authorization: make(AuthorizationV1Api),
    version: make(VersionApi),
  };
}

/** True when a request was stopped by its timeout (or by the overall signal), not by the server. */
export function isRequestTimeout(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 4; current = current.cause, depth++) {
    if (current.name === "TimeoutError" || current.name === "AbortError") return true;
  }
  return false;
}
