import { describe, expect, it } from "vitest";
import { COLLECTED_RESOURCES } from "./resources";
import { sanitizeItem } from "./sanitize";

const resource = (kind: string) => COLLECTED_RESOURCES.find((entry) => entry.kind === kind)!;
const CANARY = "CANARY-value-7d1";
const lastApplied = { "kubectl.kubernetes.io/last-applied-configuration": `{"data":{"password":"${CANARY}"}}`, team: "payments" };
const managedFields = [{ manager: "kubectl", time: "2024-01-01T00:00:00Z" }];

describe("sanitizeItem", () => {
  it("gives list items back their apiVersion and kind, first", () => {
    const { object } = sanitizeItem(resource("Deployment"), { metadata: { name: "api" }, spec: {} })!;
    expect(Object.keys(object).slice(0, 2)).toEqual(["apiVersion", "kind"]);
    expect(object).toMatchObject({ apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "api" } });
  });

  it("keeps a Secret's metadata, type, key names and write times, and no value", () => {
    const raw = { metadata: { name: "db", namespace: "payments", annotations: { ...lastApplied }, managedFields }, type: "Opaque", data: { password: Buffer.from(CANARY).toString("base64") } };
    const { object, redaction } = sanitizeItem(resource("Secret"), raw)!;
    expect(object).toEqual({
      apiVersion: "v1", kind: "Secret", type: "Opaque", data: { password: "" },
      metadata: { name: "db", namespace: "payments", annotations: { team: "payments" }, managedFields },
    });
    expect(redaction).toBeUndefined();
  });

  it("blanks ConfigMap values and returns the verdict per key", () => {
    const raw = { metadata: { name: "app", namespace: "web", annotations: { ...lastApplied } }, data: { DB_PASSWORD: CANARY, LOG_LEVEL: "debug" } };
    const result = sanitizeItem(resource("ConfigMap"), raw)!;
    expect(JSON.stringify(result)).not.toContain(CANARY);
    expect(result.object).toMatchObject({ data: { DB_PASSWORD: "", LOG_LEVEL: "" } });
    expect(result.redaction).toEqual({ key: "web/app", verdicts: { DB_PASSWORD: "name looks like a credential", LOG_LEVEL: "" } });
  });

  it("drops managedFields and the last-applied copy from other kinds, keeping apiVersion/kind a custom resource brought", () => {
    const { object } = sanitizeItem(resource("VulnerabilityReport"), {
      apiVersion: "aquasecurity.github.io/v1alpha1", kind: "VulnerabilityReport", metadata: { name: "r", annotations: { ...lastApplied }, managedFields },
    })!;
    expect(object.metadata).toEqual({ name: "r", annotations: { team: "payments" } });
  });

  it("skips items that are not objects", () => {
    expect(sanitizeItem(resource("Pod"), null)).toBeUndefined();
    expect(sanitizeItem(resource("Pod"), ["x"])).toBeUndefined();
  });
});
