// What the API answers about clusters. Safe by construction: no field can hold a credential, so
// client components may import these types.
import type { TConnectionTestResult } from "../kube/connection-test";
import type { TConnectionKind, TEnvironment } from "./limits";

/** What may be said about a context of a kubeconfig: never a token, a key or the server's path. */
export interface TContextSummary {
  name: string;
  current: boolean;
  usable: boolean;
  /** host[:port] of the API server. */
  serverHost?: string;
  authMethod?: "token" | "client-certificate";
  problems: string[];
  warnings: string[];
}

export interface TKubeconfigInspection {
  currentContext?: string;
  contexts: TContextSummary[];
  /** The context Ramparts would keep when none is chosen (current-context, or the only one). */
  defaultContext?: string;
}

export type TConnectionDescription =
  | {
      kind: "kubeconfig";
      context: string | null;
      serverHost?: string;
      authMethod?: "token" | "client-certificate";
      warnings: string[];
      /** The stored credentials cannot be read (no key, wrong key, altered): say so, never why in bytes. */
      problem?: string;
    }
  | { kind: "in_cluster" }
  | { kind: "manifests"; source: { type: "bundle"; bytes: number } | { type: "path"; path: string } | null; problem?: string };

export interface TClusterDetail {
  id: string;
  name: string;
  environment: TEnvironment;
  description: string;
  schedule: string;
  nextScanAt: string | null;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
  connectionKind: TConnectionKind;
  connection: TConnectionDescription;
}

/** A manifests source checked without scanning it: how many objects, and what could not be read. */
export interface TManifestsCheck {
  objects: number;
  kinds: { kind: string; count: number }[];
  problems: string[];
}

export type TTestOutcome =
  | { kind: "cluster"; result: TConnectionTestResult }
  | { kind: "manifests"; result: TManifestsCheck };

export type { TConnectionTestResult, TPermissionRow } from "../kube/connection-test";
