import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS } from "@/lib/audit/actions";
import { CATALOGUES } from "@/lib/i18n/messages";
import { actionKey, auditHref, readAuditFilters } from "./audit-filters";

describe("the audit log page's filters", () => {
  it("turns UTC days into an API period, the last day included", () => {
    const { query, invalid } = readAuditFilters({ action: "user.created", actor: " admin@ ", from: "2026-11-01", to: "2026-11-30" });
    expect(invalid).toBe(false);
    expect(query).toMatchObject({ action: "user.created", actor: "admin@", limit: 50 });
    expect(query.from?.toISOString()).toBe("2026-11-01T00:00:00.000Z");
    expect(query.to?.toISOString()).toBe("2026-12-01T00:00:00.000Z");
  });

  it("shows everything, and says so, for filters that do not parse", () => {
    for (const params of [{ action: "drop_tables" }, { from: "yesterday" }, { from: "2026-11-05", to: "2026-11-01" }, { from: "2026-02-31x" }]) {
      const { query, invalid } = readAuditFilters(params);
      expect(invalid, JSON.stringify(params)).toBe(true);
      expect(query).toEqual({ limit: 50 });
    }
    expect(readAuditFilters({}).invalid).toBe(false);
  });

  it("keeps the filters in the links to other pages", () => {
    const { form } = readAuditFilters({ action: "sign_in.failed", actor: "", cursor: "abc" });
    expect(auditHref(form, "next")).toBe("/settings/audit?action=sign_in.failed&cursor=next");
    expect(auditHref({ action: "", actor: "", from: "", to: "" })).toBe("/settings/audit");
  });

  it("has a label for every recorded action in both languages", () => {
    for (const locale of ["en", "fr"] as const) {
      const labels = CATALOGUES[locale].audit.actions as Record<string, string>;
      for (const action of AUDIT_ACTIONS) expect(labels[actionKey(action)], `${locale} ${action}`).toBeTruthy();
    }
  });
});
