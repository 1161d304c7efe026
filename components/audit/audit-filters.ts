// The audit log page's filters live in the URL (?action=&actor=&from=&to=&cursor=), so a filtered
// view can be bookmarked and shared. Days are whole UTC days, "to" included: the API's `to` is
// the start of the next day.
import { AUDIT_ACTIONS, type TAuditAction } from "@/lib/audit/actions";
import { ZAuditQuery, type TAuditQuery } from "@/lib/api/schemas/audit";

export type TSearchParams = Record<string, string | string[] | undefined>;

export interface TAuditFilterForm {
  action: string;
  actor: string;
  from: string;
  to: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? "";

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString();
}

/** The catalogue key of an action's label ("sign_in.failed" → "sign_in_failed"). */
export function actionKey(action: TAuditAction): string {
  return action.replace(/\./g, "_");
}

export function isAuditAction(value: string): value is TAuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}

/**
 * The form's values as typed, and the API query they mean. Anything that does not parse (an
 * unknown action, a malformed day, "from" after "to") makes the page show every event and say so.
 */
export function readAuditFilters(params: TSearchParams, limit = 50): { form: TAuditFilterForm; query: TAuditQuery; invalid: boolean } {
  const form = { action: one(params.action), actor: one(params.actor), from: one(params.from), to: one(params.to) };
  const cursor = one(params.cursor);
  const daysOk = [form.from, form.to].every((day) => day === "" || (DAY.test(day) && !Number.isNaN(Date.parse(`${day}T00:00:00Z`))));
  const parsed = daysOk
    ? ZAuditQuery.safeParse({
        ...(form.action ? { action: form.action } : {}),
        ...(form.actor ? { actor: form.actor } : {}),
        ...(form.from ? { from: `${form.from}T00:00:00Z` } : {}),
        ...(form.to ? { to: nextDay(form.to) } : {}),
        ...(cursor ? { cursor } : {}),
        limit,
      })
    : null;
  if (parsed?.success) return { form, query: parsed.data, invalid: false };
  return { form, query: ZAuditQuery.parse({ limit }), invalid: true };
}

/** The page's URL for these filters, with a cursor for the next page or none for the first. */
export function auditHref(form: TAuditFilterForm, cursor?: string): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(form)) if (value) search.set(name, value);
  if (cursor) search.set("cursor", cursor);
  const text = search.toString();
  return text ? `/settings/audit?${text}` : "/settings/audit";
}
