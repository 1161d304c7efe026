// metav1.Status bodies, shaped as kube-apiserver sends them, so that clients parse real errors.

export interface TStatus {
  kind: "Status";
  apiVersion: "v1";
  metadata: Record<string, never>;
  status: "Failure";
  message: string;
  reason: string;
  details?: Record<string, unknown>;
  code: number;
}

export function status(code: number, reason: string, message: string, details?: Record<string, unknown>): TStatus {
  return { kind: "Status", apiVersion: "v1", metadata: {}, status: "Failure", message, reason, ...(details ? { details } : {}), code };
}

export const unauthorized = () => status(401, "Unauthorized", "Unauthorized");

export const pathNotFound = () =>
  status(404, "NotFound", "the server could not find the requested resource", { causes: [{ reason: "UnexpectedServerResponse", message: "404 page not found" }] });

export const objectNotFound = (plural: string, group: string, name: string) =>
  status(404, "NotFound", `${group ? `${plural}.${group}` : plural} "${name}" not found`, { name, group, kind: plural });

export function forbidden(user: string, verb: string, plural: string, group: string, namespace: string | undefined): TStatus {
  const scope = namespace ? `in the namespace "${namespace}"` : "at the cluster scope";
  return status(403, "Forbidden", `${group ? `${plural}.${group}` : plural} is forbidden: User "${user}" cannot ${verb} resource "${plural}" in API group "${group}" ${scope}`, {
    group, kind: plural,
  });
}

export const expired = () =>
  status(410, "Expired",
    "The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter.");

export const badContinue = () => status(400, "BadRequest", "continue key is not valid: the token was not issued by this server for this list");

export const tooManyRequests = (retryAfterSeconds: number) =>
  status(429, "TooManyRequests", "Too many requests, please try again later.", { retryAfterSeconds });

export const internalError = (code: number) =>
  status(code, code === 503 ? "ServiceUnavailable" : "InternalError", code === 503 ? "the server is currently unable to handle the request" : "an error on the server has prevented the request from succeeding");

export const methodNotAllowed = () => status(405, "MethodNotAllowed", "the server does not allow this method on the requested resource");
