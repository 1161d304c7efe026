import { KubeConfig } from "@kubernetes/client-node";
import { describe, expect, it } from "vitest";
import { createKubeClients } from "./client";
import { listCallFor } from "./list-calls";
import { COLLECTED_RESOURCES } from "./resources";

describe("listCallFor", () => {
  it("has a cluster-wide list call for every collected resource type", () => {
    const kubeConfig = new KubeConfig();
    kubeConfig.loadFromOptions({
      clusters: [{ name: "c", server: "https://127.0.0.1:6443", skipTLSVerify: false }],
      users: [{ name: "u", token: "t" }],
      contexts: [{ name: "x", cluster: "c", user: "u" }],
      currentContext: "x",
    });
    const clients = createKubeClients(kubeConfig);
    for (const resource of COLLECTED_RESOURCES) expect(typeof listCallFor(clients, resource), resource.kind).toBe("function");
  });
});
