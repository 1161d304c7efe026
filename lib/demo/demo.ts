// The demo: two clusters (acme-prod, acme-staging) served from fixture folders by the project's
// own fake Kubernetes API server, registered like any cluster, with a history made of real scans
// of acme-prod's successive weekly states, dated in the past and flagged as demo data.
import { join } from "node:path";
import { clusterCredentialContext, encryptCredential } from "../crypto/credentials";
import { db } from "../db/client";
import { createScan } from "../db/scans";
import { startFakeApiServer, type TFakeApiServer } from "../kube/fake-api-server";
import { parseKubeconfig, minifyKubeconfig } from "../kube/kubeconfig";
import { runScan } from "../scans/pipeline";
import { sourceFor } from "../scans/sources";
import { kubeconfigFor } from "./kubeconfig-for";

const DEMO_ROOT = join(process.cwd(), "demo", "clusters");
const DAY = 86_400_000;

interface TDemoCluster {
  name: string;
  environment: "production" | "staging";
  description: string;
  /** The state served live. */
  current: string;
  /** Past states, oldest first, with their age in days. */
  history: { dir: string; daysAgo: number }[];
}

export const DEMO_CLUSTERS: TDemoCluster[] = [
  {
    name: "acme-prod",
    environment: "production",
    description: "Demo data: payments, web, data and monitoring teams (fixture states of four weeks).",
    current: "acme-prod/week-4",
    history: [
      { dir: "acme-prod/week-1", daysAgo: 22 },
      { dir: "acme-prod/week-2", daysAgo: 15 },
      { dir: "acme-prod/week-3", daysAgo: 8 },
      { dir: "acme-prod/week-4", daysAgo: 1 },
    ],
  },
  {
    name: "acme-staging",
    environment: "staging",
    description: "Demo data: the staging cluster, in better shape.",
    current: "acme-staging",
    history: [{ dir: "acme-staging", daysAgo: 8 }, { dir: "acme-staging", daysAgo: 1 }],
  },
];

/** Registers the cluster if missing and points its credentials at `server` (new each start). */
async function registerDemoCluster(spec: TDemoCluster, server: TFakeApiServer): Promise<string> {
  const existing = await db().cluster.findUnique({ where: { name: spec.name } });
  const cluster = existing ?? (await db().cluster.create({
    data: { name: spec.name, environment: spec.environment, description: spec.description, connectionKind: "kubeconfig" },
  }));
  const kubeconfig = minifyKubeconfig(parseKubeconfig(kubeconfigFor(server, spec.name)), spec.name);
  await db().cluster.update({
    where: { id: cluster.id },
    data: { credentials: encryptCredential(kubeconfig, clusterCredentialContext(cluster.id)), contextName: spec.name },
  });
  return cluster.id;
}

/** Scans each past state once (first start only), through the real collector and pipeline. */
async function buildHistory(spec: TDemoCluster, clusterId: string, log: (line: string) => void): Promise<void> {
  if ((await db().scan.count({ where: { clusterId, demo: true } })) > 0) return;
  for (const state of spec.history) {
    const server = await startFakeApiServer({ dir: join(DEMO_ROOT, state.dir) });
    try {
      const at = new Date(Date.now() - state.daysAgo * DAY);
      const cluster = await db().cluster.findUniqueOrThrow({ where: { id: clusterId } });
      const kubeconfig = minifyKubeconfig(parseKubeconfig(kubeconfigFor(server, spec.name)), spec.name);
      const credentials = encryptCredential(kubeconfig, clusterCredentialContext(clusterId));
      const scanId = await createScan(clusterId, { queuedAt: at, demo: true });
      const outcome = await runScan(scanId, clusterId, sourceFor({ ...cluster, credentials }), { now: at });
      log(`demo history: ${spec.name} ${state.dir} (${state.daysAgo} day${state.daysAgo === 1 ? "" : "s"} ago) → score ${outcome.postureScore ?? "n/a"}`);
    } finally {
      await server.close();
    }
  }
}

export interface TDemo {
  stop(): Promise<void>;
}

export async function startDemo(log: (line: string) => void): Promise<TDemo> {
  const servers: TFakeApiServer[] = [];
  try {
    for (const spec of DEMO_CLUSTERS) {
      const server = await startFakeApiServer({ dir: join(DEMO_ROOT, spec.current) });
      servers.push(server);
      const clusterId = await registerDemoCluster(spec, server);
      await buildHistory(spec, clusterId, log);
      log(`demo cluster ${spec.name} served at ${server.url}`);
    }
  } catch (error) {
    await Promise.all(servers.map((server) => server.close()));
    throw error;
  }
  return { stop: async () => void (await Promise.all(servers.map((server) => server.close()))) };
}
