import "server-only";
// A cluster's connection between the form and the database: submitted input → what is encrypted
// and stored (one kubeconfig context, minified; or the manifests source as lib/scans/sources.ts
// reads it); stored ciphertext → a safe description, or a client for a connection test.
// Errors name the form field they belong to, so that the form can show them in place.
import { stat } from "node:fs/promises";
import { isAbsolute } from "node:path";
import type { KubeConfig } from "@kubernetes/client-node";
import { parseManifests, snapshotFromPaths, snapshotFromText, type TLoaded } from "../checks/load";
import { clusterCredentialContext, CredentialError, decryptCredential } from "../crypto/credentials";
import { AppError } from "../errors";
import type { TApiErrorKey, TApiErrorValues } from "../i18n/api-errors";
import { inClusterKubeConfig } from "../kube/in-cluster";
import {
  describeKubeconfig, KubeconfigError, listContexts, minifyKubeconfig, parseKubeconfig, selectContext, toKubeConfig, type TParsedKubeconfig,
} from "../kube/kubeconfig";
import type { TManifestSource } from "../scans/sources";
import type { TConnectionInput } from "./input";
import { byteLength, MAX_BUNDLE_BYTES, type TConnectionKind } from "./limits";
import type { TConnectionDescription, TKubeconfigInspection, TManifestsCheck } from "./types";

type TField = "kubeconfig" | "context" | "manifests";

/** An AppError whose problems the form shows under `field` (by default its own message, in the reader's language). */
export function fieldError(
  field: TField, key: TApiErrorKey, values: TApiErrorValues = {}, problems?: string[], code: "validation_failed" | "payload_too_large" = "validation_failed",
): AppError {
  return new AppError(code, key, values, undefined, { field, problems });
}

function parseField(text: string): TParsedKubeconfig {
  try {
    return parseKubeconfig(text);
  } catch (error) {
    if (error instanceof KubeconfigError) throw fieldError("kubeconfig", error.key, error.values, error.problems, error.code as "validation_failed" | "payload_too_large");
    throw error;
  }
}

/** The context Ramparts keeps: the chosen one, else current-context, else the only one. */
function chooseContext(parsed: TParsedKubeconfig, chosen: string | undefined): string {
  const names = listContexts(parsed);
  const available = names.map((name) => `'${name}'`).join(", ");
  if (chosen && !names.includes(chosen)) throw fieldError("context", "contextMissing", { chosen, available });
  const wanted = chosen || parsed.currentContext || (names.length === 1 ? names[0] : undefined);
  if (!wanted || !names.includes(wanted)) throw fieldError("context", "contextChoose", { available });
  try {
    return selectContext(parsed, wanted).name;
  } catch (error) {
    if (error instanceof KubeconfigError) throw fieldError("kubeconfig", error.key, error.values, error.problems);
    throw error;
  }
}

/** Contexts of a pasted kubeconfig, for the form's context picker: names and safe facts only. */
export function inspectKubeconfig(text: string): TKubeconfigInspection {
  const parsed = parseField(text);
  const names = listContexts(parsed);
  const fallback = parsed.currentContext && names.includes(parsed.currentContext) ? parsed.currentContext : names.length === 1 ? names[0] : undefined;
  return { ...describeKubeconfig(parsed), defaultContext: fallback };
}

export interface TPreparedConnection {
  connectionKind: TConnectionKind;
  contextName: string | null;
  /** Plaintext to encrypt under the row's id; null = nothing to store (in-cluster). */
  secret: string | null;
}

export async function prepareConnection(input: TConnectionInput): Promise<TPreparedConnection> {
  switch (input.connectionKind) {
    case "kubeconfig": {
      const parsed = parseField(input.kubeconfig ?? "");
      const contextName = chooseContext(parsed, input.context || undefined);
      return { connectionKind: "kubeconfig", contextName, secret: minifyKubeconfig(parsed, contextName) };
    }
    case "in_cluster":
      return { connectionKind: "in_cluster", contextName: null, secret: null };
    case "manifests": {
      const source = await checkedManifestsSource(input.manifests!);
      return { connectionKind: "manifests", contextName: null, secret: JSON.stringify(source) };
    }
  }
}

async function checkedManifestsSource(source: TManifestSource): Promise<TManifestSource> {
  if (source.type === "bundle") {
    const bytes = byteLength(source.yaml);
    if (bytes > MAX_BUNDLE_BYTES) {
      throw fieldError("manifests", "bundleTooLarge", { size: (bytes / 1024 / 1024).toFixed(1), max: MAX_BUNDLE_BYTES / 1024 / 1024 }, undefined, "payload_too_large");
    }
    const { objects, problems } = parseManifests(source.yaml, "bundle");
    if (objects.length === 0) {
      throw problems.length > 0 ? fieldError("manifests", "bundleNotYaml", { problem: problems[0]!.message }) : fieldError("manifests", "bundleEmpty");
    }
    return { type: "bundle", yaml: source.yaml };
  }
  if (!isAbsolute(source.path)) throw fieldError("manifests", "pathNotAbsolute");
  try {
    await stat(source.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
    throw fieldError("manifests", "pathUnreadable", { path: source.path, code: String(code) });
  }
  return { type: "path", path: source.path };
}

export interface TStoredConnection {
  id: string;
  connectionKind: TConnectionKind;
  credentials: Uint8Array | null;
  contextName: string | null;
}

function decryptStored(row: TStoredConnection): string | null {
  return row.credentials ? decryptCredential(row.credentials, clusterCredentialContext(row.id)) : null;
}

function unreadable(error: unknown): AppError {
  if (error instanceof CredentialError) return new AppError("bad_request", error.key, error.values);
  if (error instanceof KubeconfigError) return new AppError("bad_request", "storedKubeconfigInvalid");
  return new AppError("bad_request", "storedCredentialsUnreadable");
}

/** What the UI may know about a stored connection (decrypted here, described, and dropped). */
export function describeConnection(row: TStoredConnection): TConnectionDescription {
  switch (row.connectionKind) {
    case "in_cluster":
      return { kind: "in_cluster" };
    case "kubeconfig": {
      const base = { kind: "kubeconfig" as const, context: row.contextName, warnings: [] };
      try {
        const text = decryptStored(row);
        if (text === null) return { ...base, problem: "No kubeconfig is stored for this cluster; add one." };
        const context = describeKubeconfig(parseKubeconfig(text)).contexts[0];
        return { ...base, context: context?.name ?? row.contextName, serverHost: context?.serverHost, authMethod: context?.authMethod, warnings: context?.warnings ?? [] };
      } catch (error) {
        return { ...base, problem: unreadable(error).message };
      }
    }
    case "manifests": {
      try {
        const text = decryptStored(row);
        if (text === null) return { kind: "manifests", source: null, problem: "No bundle or folder is recorded for this cluster." };
        const source = JSON.parse(text) as TManifestSource;
        return { kind: "manifests", source: source.type === "bundle" ? { type: "bundle", bytes: byteLength(source.yaml) } : { type: "path", path: source.path } };
      } catch (error) {
        return { kind: "manifests", source: null, problem: unreadable(error).message };
      }
    }
  }
}

/** A client configuration for the connection test; throws an AppError a person can act on. */
export function kubeConfigFor(source: { kind: "kubeconfig"; text: string; context: string | null } | { kind: "in_cluster" }): KubeConfig {
  if (source.kind === "in_cluster") return inClusterKubeConfig();
  const parsed = parseField(source.text);
  return toKubeConfig(parsed, chooseContext(parsed, source.context ?? undefined));
}

export function storedSource(row: TStoredConnection): { kind: "kubeconfig"; text: string; context: string | null } | { kind: "in_cluster" } | { kind: "manifests"; source: TManifestSource } {
  if (row.connectionKind === "in_cluster") return { kind: "in_cluster" };
  let text: string | null;
  try {
    text = decryptStored(row);
  } catch (error) {
    throw unreadable(error);
  }
  if (text === null) throw new AppError("bad_request", "noStoredCredentials");
  if (row.connectionKind === "kubeconfig") return { kind: "kubeconfig", text, context: row.contextName };
  return { kind: "manifests", source: JSON.parse(text) as TManifestSource };
}

/** Reads a manifests source as a scan would, and says what it holds; nothing is stored. */
export async function checkManifests(source: TManifestSource): Promise<TManifestsCheck> {
  let loaded: TLoaded;
  try {
    loaded = source.type === "bundle" ? snapshotFromText(source.yaml, "bundle") : await snapshotFromPaths([source.path]);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
    return { objects: 0, kinds: [], problems: [`The folder cannot be read (${code}).`] };
  }
  const kinds = Object.entries(loaded.snapshot.objects)
    .map(([kind, objects]) => ({ kind, count: objects.length }))
    .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
  return { objects: loaded.count, kinds, problems: loaded.problems.slice(0, 20).map((problem) => `${problem.source}: ${problem.message}`) };
}
