// Test helpers: register "manifests" clusters whose bundle is encrypted like any credential.
import { randomBytes } from "node:crypto";
import { clusterCredentialContext, encryptCredential } from "../lib/crypto/credentials";
import { db } from "../lib/db/client";
import { setEnvForThisProcess } from "../lib/env";

/** A fresh encryption key for this test process; returns it (base64) for child processes. */
export function useTestEncryptionKey(): string {
  const key = randomBytes(32).toString("base64");
  setEnvForThisProcess("RAMPARTS_ENCRYPTION_KEY", key);
  return key;
}

export async function createManifestsCluster(name: string, source: { type: "bundle"; yaml: string } | { type: "path"; path: string }): Promise<string> {
  const cluster = await db().cluster.create({ data: { name, connectionKind: "manifests" } });
  await db().cluster.update({
    where: { id: cluster.id },
    data: { credentials: encryptCredential(JSON.stringify(source), clusterCredentialContext(cluster.id)) },
  });
  return cluster.id;
}
