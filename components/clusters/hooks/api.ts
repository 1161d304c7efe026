// Calls to the clusters API from the browser. Every failure becomes an ApiError carrying the
// stable code and, for validation errors, the fields at fault, so forms can show them in place.

export interface TFieldErrors {
  formErrors: string[];
  fieldErrors: Record<string, string[] | undefined>;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** zod's flattened details, when the server sent them. */
  get fields(): TFieldErrors | undefined {
    const details = this.details as Partial<TFieldErrors> | undefined;
    if (!details || typeof details !== "object" || typeof details.fieldErrors !== "object") return undefined;
    return { formErrors: Array.isArray(details.formErrors) ? details.formErrors : [], fieldErrors: details.fieldErrors ?? {} };
  }
}

export async function apiFetch<T>(url: string, init: { method?: string; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method ?? "GET",
      headers: init.body === undefined ? undefined : { "content-type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
      cache: "no-store",
    });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new ApiError(0, "network", "Ramparts could not be reached. Check your connection and try again.");
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string; details?: unknown } } | undefined)?.error;
    throw new ApiError(response.status, error?.code ?? "http_error", error?.message ?? `The server answered HTTP ${response.status}.`, error?.details);
  }
  return body as T;
}
