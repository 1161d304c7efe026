// The check engine's vocabulary. Pure data: no I/O, no Prisma, no Kubernetes client.
import type { TQuickWinId } from "../scoring/quick-wins";
import type { TText } from "./text";

export type TSeverity = "critical" | "high" | "medium" | "low";
export type TResultStatus = "pass" | "fail" | "waived" | "not_assessable";
export type TPssLevel = "baseline" | "restricted";

/**
 * A Kubernetes object as it arrived (API server or YAML). Untrusted: any field may be missing,
 * null or of the wrong type, so every reader goes through the guarded accessors in ./access.ts.
 */
export interface TKubeObject {
  apiVersion?: unknown;
  kind?: unknown;
  metadata?: unknown;
  spec?: unknown;
  [field: string]: unknown;
}

export interface TObjectRef {
  apiVersion: string;
  kind: string;
  namespace?: string;
  name: string;
}

/** A resource type that could not be read (403, 404 = CRD absent, timeout…). */
export interface TCoverageGap {
  /** Kind as in the snapshot, e.g. "Role", "VulnerabilityReport". */
  kind: string;
  /** In English, as the collector or loader wrote it (CLI JSON, logs, YAML snapshots). */
  reason: string;
  /** The same reason as a catalogue text, when its writer knows one: what people read. */
  reasonText?: TText;
}

export interface TSnapshot {
  /** Objects grouped by kind ("Pod", "Deployment", "ClusterRole", …). Unknown kinds are kept. */
  objects: Record<string, TKubeObject[]>;
  serverVersion?: { major?: string; minor?: string; gitVersion?: string };
  gaps: TCoverageGap[];
  /** ISO time the snapshot was taken: "now" for age-based checks (secret rotation). Absent = the evaluation time. */
  evaluatedAt?: string;
  /**
   * What was removed before the snapshot was kept: ConfigMap values are never stored, only the
   * verdict on each key ("namespace/name" → key → reason it looks secret, "" when it does not).
   */
  redactions?: { configMaps: Record<string, Record<string, string>> };
  /** Organisation settings some checks need (set by the caller; a YAML scan can carry a ScanSettings document). */
  settings?: TScanSettings;
}

export interface TScanSettings {
  /** Trusted registries ("registry.example.com", "ghcr.io/acme", "*.gcr.io"); absent = not configured. */
  registryAllowlist?: string[];
}

/**
 * How to fix one failing result, for that very object. Notes and steps are catalogue texts
 * (./text.ts), never sentences: a finding is read in the reader's language.
 */
export type TRemediation =
  /** A strategic-merge patch for the object (kubectl patch --type strategic). */
  | { type: "patch"; target: TObjectRef; patch: Record<string, unknown>; note?: TText }
  /** A new object to create (a default-deny NetworkPolicy, a LimitRange, a narrowed Role). */
  | { type: "create"; object: Record<string, unknown>; note?: TText }
  /** No object can express it (control-plane flags, encryption config): precise manual steps. */
  | { type: "manual"; steps: TText[]; command?: string };

/** What a check yields for one object (and container, for container-level checks). */
export interface TCheckOutcome {
  status: "pass" | "fail" | "not_assessable";
  object: TObjectRef;
  container?: string;
  /** What the check saw, as a catalogue text (./text.ts): each reader sees it in their language. */
  message: TText;
  /** Why a not-assessable outcome could not be judged, as a catalogue text (coverage gaps show it). */
  reason?: TText;
  evidence?: Record<string, unknown>;
  remediation?: TRemediation;
}

export interface TCheckMeta {
  /** Stable, kebab-case, never reused: "privileged-container". */
  id: string;
  // No title or "why" here: they are catalogue texts keyed by the id (checks.meta.<id> in
  // lib/i18n/messages/<locale>/checks.json), read through lib/i18n/check-texts.ts.
  quickWin: TQuickWinId;
  severity: TSeverity;
  /** CIS Kubernetes Benchmark recommendation id, e.g. "5.2.2". */
  cis?: string;
  /** Pod Security Standards level and upstream control id, e.g. { level: "baseline", control: "privileged" }. */
  pss?: { level: TPssLevel; control: string };
  /** Kinds this check reads; when one is in snapshot.gaps the check is not assessable. */
  requires: string[];
}

export interface TCheck extends TCheckMeta {
  evaluate(context: import("./context").TCheckContext): Iterable<TCheckOutcome>;
}

/** A risk acceptance passed in by the caller (stored in the database by a later layer). */
export interface TExceptionRule {
  id: string;
  checkId: string;
  namespace?: string;
  objectKind?: string;
  objectName?: string;
  container?: string;
  reason: string;
  /** ISO date; an expired rule no longer applies. */
  expiresAt?: string;
}

export interface TCheckResult extends Omit<TCheckOutcome, "status"> {
  check: string;
  quickWin: TQuickWinId;
  severity: TSeverity;
  status: TResultStatus;
  cis?: string;
  pss?: { level: TPssLevel; control: string };
  /** Why a fail became waived: the annotation or the exception that covers it. */
  waiver?: { source: "annotation" | "exception"; reason: string; exceptionId?: string };
}
