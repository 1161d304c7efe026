import { describe, expect, it } from "vitest";
import { snapshotFromText } from "./load";
import { redactSnapshot } from "./redact";

const CANARY = "CANARY-s3cr3t-value";

describe("redactSnapshot", () => {
  const { snapshot } = snapshotFromText(`
apiVersion: v1
kind: Secret
metadata:
  name: db
  namespace: payments
  annotations:
    kubectl.kubernetes.io/last-applied-configuration: '{"data":{"password":"${CANARY}"}}'
type: Opaque
data: { password: ${Buffer.from(CANARY).toString("base64")} }
stringData: { token: ${CANARY} }
---
apiVersion: v1
kind: ConfigMap
metadata: { name: app, namespace: payments }
data:
  settings.yaml: "password: ${CANARY}"
  level: info
`);
  const redacted = redactSnapshot(snapshot);

  it("keeps no Secret or ConfigMap value anywhere", () => {
    const text = JSON.stringify(redacted);
    expect(text).not.toContain(CANARY);
    expect(text).not.toContain(Buffer.from(CANARY).toString("base64"));
  });
  it("keeps key names, types and the verdict on each ConfigMap key", () => {
    expect(redacted.objects.Secret![0]).toMatchObject({ type: "Opaque", data: { password: "" }, stringData: { token: "" } });
    expect(redacted.objects.ConfigMap![0]).toMatchObject({ data: { "settings.yaml": "", level: "" } });
    expect(redacted.redactions?.configMaps["payments/app"]).toEqual({ "settings.yaml": expect.stringMatching(/.+/), level: "" });
  });
  it("leaves the original snapshot untouched", () => {
    expect(JSON.stringify(snapshot)).toContain(CANARY);
  });
});

describe("checks on a redacted snapshot", () => {
  it("still find the secret-looking ConfigMap key from the recorded verdict", async () => {
    const { evaluateSnapshot } = await import("./engine");
    const { snapshot } = snapshotFromText(`
apiVersion: v1
kind: ConfigMap
metadata: { name: app, namespace: payments }
data:
  settings.yaml: "password: CANARY-s3cr3t-value"
  level: info
`);
    const redacted = redactSnapshot(snapshot);
    const result = evaluateSnapshot(redacted).find((entry) => entry.check === "configmap-secret-like-value");
    expect(result?.status).toBe("fail");
    expect(JSON.stringify(result)).toContain("settings.yaml");
    expect(JSON.stringify(result)).not.toContain("CANARY");
  });
});
