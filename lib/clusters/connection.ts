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
import { text, type TText } from "../checks/text";
import { AppError } from "../errors";
import { checkTexts } from "../i18n/check-texts";
import { DEFAULT_LOCALE, type TLocale } from "../i18n/locale";
import { inClusterKubeConfig } from "../kube/in-cluster";
import {
  describeKubeconfig, KubeconfigError, listContexts, minifyKubeconfig, parseKubeconfig, selectContext, toKubeConfig, type TParsedKubeconfig,
} from "../kube/kubeconfig";
import type { TManifestSource } from "../scans/sources";
import { credentialErrorText } from "./credential-text";
import type { TConnectionInput } from "./input";
import { byteLength, MAX_BUNDLE_BYTES, type TConnectionKind } from "./limits";
import type { TConnectionDescription, TKubeconfigInspection, TManifestsCheck } from "./types";

type TField = "kubeconfig" | "context" | "manifests";

type TErrorCode = "validation_failed" | "payload_too_large";

/**
 * An AppError whose problems the form shows under `field`, in the reader's language: the routes
 * pass the request's language, and the message is the same problems, said in it.
 */
export function fieldError(field: TField, locale: TLocale, problems: TText[], code: TErrorCode = "validation_failed"): AppError {
  const said = problems.map(checkTexts(locale).say);
  return new AppError(code, "kubeconfigProblem", { detail: said.join("\n") }, undefined, { field, problems: said });
}

function kubeconfigFieldError(error: KubeconfigError, locale: TLocale): AppError {
  return fieldError("kubeconfig", locale, error.texts, error.code as TErrorCode);
}

function parseField(source: string, locale: TLocale): TParsedKubeconfig {
  try {
    return parseKubeconfig(source);
  } catch (error) {
    if (error instanceof KubeconfigError) throw kubeconfigFieldError(error, locale);
    throw error;
  }
}

/** The context Ramparts keeps: the chosen one, else current-context, else the only one. */
function chooseContext(parsed: TParsedKubeconfig, chosen: string | undefined, locale: TLocale): string {
  const names = listContexts(parsed);
  const available = names.map((name) => `'${name}'`).join(", ");
  if (chosen && !names.includes(chosen)) throw fieldError("context", locale, [text("kcNoSuchContext", { name: `'${chosen}'`, available })]);
  const wanted = chosen || parsed.currentContext || (names.length === 1 ? names[0] : undefined);
  if (!wanted || !names.includes(wanted)) throw fieldError("context", locale, [text("kcChooseContext", { available })]);
  try {
    return selectContext(parsed, wanted).name;
  } catch (error) {
    if (error instanceof KubeconfigError) throw kubeconfigFieldError(error, locale);
    throw error;
  }
}

/** Contexts of a pasted kubeconfig, for the form's context picker: names and safe facts only. */
export function inspectKubeconfig(source: string, locale: TLocale = DEFAULT_LOCALE): TKubeconfigInspection {
  const parsed = parseField(source, locale);
  const names = listContexts(parsed);
  const fallback = parsed.currentContext && names.includes(parsed.currentContext) ? parsed.currentContext : names.length === 1 ? names[0] : undefined;
  return { ...describeKubeconfig(parsed, locale), defaultContext: fallback };
}

export interface TPreparedConnection {
  connectionKind: TConnectionKind;
  contextName: string | null;
  /** Plaintext to encrypt under the row's id; null = nothing to store (in-cluster). */
  secret: string | null;
}

export async function prepareConnection(input: TConnectionInput, locale: TLocale = DEFAULT_LOCALE): Promise<TPreparedConnection> {
  switch (input.connectionKind) {
    case "kubeconfig": {
      const parsed = parseField(input.kubeconfig ?? "", locale);
      const contextName = chooseContext(parsed, input.context || undefined, locale);
      return { connectionKind: "kubeconfig", contextName, secret: minifyKubeconfig(parsed, contextName) };
    }
    case "in_cluster":
      return { connectionKind: "in_cluster", contextName: null, secret: null };
    case "manifests": {
      const source = await checkedManifestsSource(input.manifests!, locale);
      return { connectionKind: "manifests", contextName: null, secret: JSON.stringify(source) };
    }
  }
}

async function checkedManifestsSource(source: TManifestSource, locale: TLocale): Promise<TManifestSource> {
  if (source.type === "bundle") {
    const bytes = byteLength(source.yaml);
    if (bytes > MAX_BUNDLE_BYTES) {
      throw fieldError("manifests", locale, [text("bundleTooLarge", { size: (bytes / 1024 / 1024).toFixed(1), max: MAX_BUNDLE_BYTES / 1024 / 1024 })], "payload_too_large");
    }
    const { objects, problems } = parseManifests(source.yaml, "bundle");
    if (objects.length === 0) {
      const first = problems[0];
      throw fieldError("manifests", locale, [first ? text("bundleNotYaml", { problem: first.text }) : text("bundleEmpty")]);
    }
    return { type: "bundle", yaml: source.yaml };
  }
  if (!isAbsolute(source.path)) throw fieldError("manifests", locale, [text("pathNotAbsolute")]);
  try {
    await stat(source.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
    throw fieldError("manifests", locale, [text("pathUnreadable", { path: source.path, code })]);
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

function unreadable(error: unknown, locale: TLocale = DEFAULT_LOCALE): string {
  const { say } = checkTexts(locale);
  if (error instanceof CredentialError) return say(credentialErrorText(error));
  return say(error instanceof KubeconfigError ? text("kcStoredInvalid") : text("kcStoredUnreadable"));
}

/** What the UI may know about a stored connection (decrypted here, described, and dropped). */
export function describeConnection(row: TStoredConnection, locale: TLocale = DEFAULT_LOCALE): TConnectionDescription {
  const { say } = checkTexts(locale);
  switch (row.connectionKind) {
    case "in_cluster":
      return { kind: "in_cluster" };
    case "kubeconfig": {
      const base = { kind: "kubeconfig" as const, context: row.contextName, warnings: [] };
      try {
        const stored = decryptStored(row);
        if (stored === null) return { ...base, problem: say(text("kcNoneStored")) };
        const context = describeKubeconfig(parseKubeconfig(stored), locale).contexts[0];
        return { ...base, context: context?.name ?? row.contextName, serverHost: context?.serverHost, authMethod: context?.authMethod, warnings: context?.warnings ?? [] };
      } catch (error) {
        return { ...base, problem: unreadable(error, locale) };
      }
    }
    case "manifests": {
      try {
        const stored = decryptStored(row);
        if (stored === null) return { kind: "manifests", source: null, problem: say(text("manifestsNoneStored")) };
        const source = JSON.parse(stored) as TManifestSource;
        return { kind: "manifests", source: source.type === "bundle" ? { type: "bundle", bytes: byteLength(source.yaml) } : { type: "path", path: source.path } };
      } catch (error) {
        return { kind: "manifests", source: null, problem: unreadable(error, locale) };
      }
    }
  }
}

/** A client configuration for the connection test; throws an AppError a person can act on. */
export function kubeConfigFor(source: { kind: "kubeconfig"; text: string; context: string | null } | { kind: "in_cluster" }, locale: TLocale = DEFAULT_LOCALE): KubeConfig {
  if (source.kind === "in_cluster") return inClusterKubeConfig();
  const parsed = parseField(source.text, locale);
  return toKubeConfig(parsed, chooseContext(parsed, source.context ?? undefined, locale));
}

export function storedSource(row: TStoredConnection): { kind: "kubeconfig"; text: string; context: string | null } | { kind: "in_cluster" } | { kind: "manifests"; source: TManifestSource } {
  if (row.connectionKind === "in_cluster") return { kind: "in_cluster" };
  let stored: string | null;
  try {
    stored = decryptStored(row);
  } catch (error) {
    throw unreadable(error);
  }
  if (stored === null) throw new AppError("bad_request", "noStoredCredentials");
  if (row.connectionKind === "kubeconfig") return { kind: "kubeconfig", text: stored, context: row.contextName };
  return { kind: "manifests", source: JSON.parse(stored) as TManifestSource };
}

/** Reads a manifests source as a scan would, and says what it holds; nothing is stored. */
export async function checkManifests(source: TManifestSource, locale: TLocale = DEFAULT_LOCALE): Promise<TManifestsCheck> {
  const { say } = checkTexts(locale);
  let loaded: TLoaded;
  try {
    loaded = source.type === "bundle" ? snapshotFromText(source.yaml, "bundle") : await snapshotFromPaths([source.path]);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
    return { objects: 0, kinds: [], problems: [say(text("folderUnreadable", { code }))] };
  }
  const kinds = Object.entries(loaded.snapshot.objects)
    .map(([kind, objects]) => ({ kind, count: objects.length }))
    .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
  return { objects: loaded.count, kinds, problems: loaded.problems.slice(0, 20).map((problem) => say(text("manifestProblem", { source: problem.source, problem: problem.text }))) };
}
