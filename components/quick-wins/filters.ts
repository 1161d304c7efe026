// The findings view of a quick win lives in the URL (filters, page cursor) so it can be shared.
// Parsing is forgiving: a value that cannot be a filter is dropped, never an error page.
import { SEVERITIES, type TSeverityLevel } from "@/lib/scoring/weights";

export const FINDING_STATUSES = ["open", "waived"] as const;
export const FINDINGS_PAGE_SIZE = 25;

export interface TFindingFilters {
  namespace?: string;
  severity?: TSeverityLevel;
  status?: (typeof FINDING_STATUSES)[number];
  check?: string;
}

export interface TFindingView extends TFindingFilters {
  /** The opaque `nextCursor` of the previous page; absent on the first page. */
  cursor?: string;
  /** 1-based page number, for display only (the cursor decides the rows). */
  page: number;
}

export type TSearchParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  return text ? text : undefined;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  return allowed.find((item) => item === value);
}

/** The view asked for by the search params; `checkIds` are the quick win's own checks. */
export function parseFindingView(params: TSearchParams, checkIds: readonly string[]): TFindingView {
  const namespace = first(params.namespace);
  const cursor = first(params.cursor);
  const validCursor = cursor && cursor.length <= 512 && /^[A-Za-z0-9_-]+$/.test(cursor) ? cursor : undefined;
  const page = Number(first(params.page));
  const view: TFindingView = { page: validCursor && Number.isInteger(page) && page > 1 && page <= 100_000 ? page : 1 };
  if (namespace && namespace.length <= 253) view.namespace = namespace;
  const severity = oneOf(first(params.severity), SEVERITIES);
  if (severity) view.severity = severity;
  const status = oneOf(first(params.status), FINDING_STATUSES);
  if (status) view.status = status;
  const check = oneOf(first(params.check), checkIds);
  if (check) view.check = check;
  if (validCursor) view.cursor = validCursor;
  return view;
}

export function hasFilters(view: TFindingFilters): boolean {
  return Boolean(view.namespace || view.severity || view.status || view.check);
}

/** The URL of a view: only set values, in a fixed order, so equal views have equal URLs. */
export function findingViewHref(base: string, view: Partial<TFindingView>, hash = "findings"): string {
  const params = new URLSearchParams();
  for (const key of ["namespace", "severity", "status", "check"] as const) {
    const value = view[key];
    if (value) params.set(key, value);
  }
  if (view.cursor) {
    params.set("cursor", view.cursor);
    if (view.page && view.page > 1) params.set("page", String(view.page));
  }
  const query = params.toString();
  return `${base}${query ? `?${query}` : ""}${hash ? `#${hash}` : ""}`;
}
