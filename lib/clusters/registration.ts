import "server-only";
// Registering, editing, archiving and testing clusters: what the route handlers call. Every
// answer is a TClusterDetail or a test outcome, which hold no credential by construction.
import { activeEncryptionKey } from "../crypto/credentials";
import { findClusterRecord, createClusterRecord, updateClusterRecord, type TClusterChanges, type TClusterRecord } from "../db/clusters";
import { AppError } from "../errors";
import { checkTexts } from "../i18n/check-texts";
import { DEFAULT_LOCALE, type TLocale } from "../i18n/locale";
import { testConnection, type TConnectionTestResult } from "../kube/connection-test";
import { InClusterUnavailableError } from "../kube/in-cluster";
import { nextRun } from "../scans/schedule";
import { checkManifests, describeConnection, kubeConfigFor, prepareConnection, storedSource } from "./connection";
import type { TClusterCreate, TClusterUpdate, TConnectionInput } from "./input";
import type { TClusterDetail, TTestOutcome } from "./types";

/** `locale`: the language of the connection's warnings and problems. */
export function toClusterDetail(row: TClusterRecord, locale: TLocale = DEFAULT_LOCALE): TClusterDetail {
  return {
    id: row.id,
    name: row.name,
    environment: row.environment,
    description: row.description,
    schedule: row.schedule,
    nextScanAt: row.nextScanAt?.toISOString() ?? null,
    archived: row.archived,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    connectionKind: row.connectionKind,
    connection: describeConnection(row, locale),
  };
}

async function existing(id: string): Promise<TClusterRecord> {
  const row = await findClusterRecord(id);
  if (!row) throw new AppError("not_found", "notFound", { what: "cluster" });
  return row;
}

export async function getClusterDetail(id: string, locale: TLocale = DEFAULT_LOCALE): Promise<TClusterDetail> {
  return toClusterDetail(await existing(id), locale);
}

/** Its first scan runs at the scheduler's next tick (nextScanAt null), then on its schedule. */
export async function registerCluster(input: TClusterCreate, locale: TLocale = DEFAULT_LOCALE): Promise<TClusterDetail> {
  const connection = await prepareConnection(input, locale);
  // Refuse before writing anything when the credentials could not be stored.
  if (connection.secret !== null) activeEncryptionKey();
  const row = await createClusterRecord(
    {
      name: input.name,
      environment: input.environment,
      description: input.description,
      schedule: input.schedule,
      connectionKind: connection.connectionKind,
      contextName: connection.contextName,
    },
    connection.secret,
  );
  return toClusterDetail(row, locale);
}

/** Without connectionKind the stored credentials stay as they are. */
export async function editCluster(id: string, input: TClusterUpdate, locale: TLocale = DEFAULT_LOCALE): Promise<TClusterDetail> {
  const current = await existing(id);
  const changes: TClusterChanges = {};
  if (input.name !== undefined) changes.name = input.name;
  if (input.environment !== undefined) changes.environment = input.environment;
  if (input.description !== undefined) changes.description = input.description;
  if (input.schedule !== undefined && input.schedule !== current.schedule) {
    changes.schedule = input.schedule;
    changes.nextScanAt = nextRun(input.schedule);
  }
  if (input.archived !== undefined && input.archived !== current.archived) {
    changes.archived = input.archived;
    // A restored cluster resumes on its schedule rather than scanning at once.
    if (!input.archived) changes.nextScanAt = nextRun(changes.schedule ?? current.schedule);
  }
  let secret: string | null | undefined;
  if (input.connectionKind) {
    const connection = await prepareConnection({ ...input, connectionKind: input.connectionKind }, locale);
    if (connection.secret !== null) activeEncryptionKey();
    changes.connectionKind = connection.connectionKind;
    changes.contextName = connection.contextName;
    secret = connection.secret;
  }
  return toClusterDetail(await updateClusterRecord(id, changes, secret), locale);
}

/** Archived clusters are no longer scanned; their scans, findings and exceptions are kept. */
export async function archiveCluster(id: string, locale: TLocale = DEFAULT_LOCALE): Promise<TClusterDetail> {
  const current = await existing(id);
  if (current.archived) return toClusterDetail(current, locale);
  return toClusterDetail(await updateClusterRecord(id, { archived: true }), locale);
}

/** Tests what a person is about to save: nothing is stored. */
export async function testConnectionInput(input: TConnectionInput, locale: TLocale = DEFAULT_LOCALE): Promise<TTestOutcome> {
  if (input.connectionKind === "manifests") {
    const prepared = await prepareConnection(input, locale);
    return { kind: "manifests", result: await checkManifests(JSON.parse(prepared.secret!), locale) };
  }
  return testKube(input.connectionKind === "kubeconfig" ? { kind: "kubeconfig", text: input.kubeconfig ?? "", context: input.context || null } : { kind: "in_cluster" }, locale);
}

/** Tests the credentials stored for a cluster, on demand. */
export async function testStoredCluster(id: string, locale: TLocale = DEFAULT_LOCALE): Promise<TTestOutcome> {
  const source = storedSource(await existing(id));
  if (source.kind === "manifests") return { kind: "manifests", result: await checkManifests(source.source, locale) };
  return testKube(source, locale);
}

async function testKube(source: Parameters<typeof kubeConfigFor>[0], locale: TLocale): Promise<TTestOutcome> {
  let kubeConfig: ReturnType<typeof kubeConfigFor>;
  try {
    kubeConfig = kubeConfigFor(source, locale);
  } catch (error) {
    // In-cluster mode outside a pod is a result to show, like an unreachable server.
    if (source.kind === "in_cluster" && error instanceof AppError) {
      return { kind: "cluster", result: failedResult("unreachable", error instanceof InClusterUnavailableError ? checkTexts(locale).say(error.text) : error.message) };
    }
    throw error;
  }
  const result = await testConnection(kubeConfig);
  // The failure in the reader's language; its catalogue text stays for API clients that want it.
  const { say } = checkTexts(locale);
  if (result.failure?.text) result.failure = { ...result.failure, message: say(result.failure.text) };
  result.permissions = result.permissions.map((row) => (row.noteText ? { ...row, note: say(row.noteText) } : row));
  return { kind: "cluster", result };
}

function failedResult(kind: "unreachable", message: string): TConnectionTestResult {
  return {
    ok: false, testedAt: new Date().toISOString(), durationMs: 0, failure: { kind, message }, permissions: [],
    summary: { allowed: 0, denied: 0, unknown: 0, total: 0 }, writeAccess: [], namespaceWriteRules: [], overPrivileged: false,
    rulesReviewed: { namespaces: [], incomplete: false },
  };
}
