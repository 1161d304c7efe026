import "server-only";
import { db } from "./client";
import { asDatabaseUnavailable } from "./connection-errors";
import type { ConnectionKind, Environment, ScanStatus } from "./generated/client";

/** A cluster as the UI may see it: never its credentials. */
export interface TClusterSummary {
  id: string;
  name: string;
  environment: Environment;
  description: string;
  connectionKind: ConnectionKind;
  schedule: string;
  archived: boolean;
  lastScan: { status: ScanStatus; finishedAt: Date | null; postureScore: number | null; grade: string | null } | null;
}

export async function listClusters(options: { includeArchived?: boolean } = {}): Promise<TClusterSummary[]> {
  try {
    const rows = await db().cluster.findMany({
      where: options.includeArchived ? {} : { archived: false },
      orderBy: { name: "asc" },
      select: {
        id: true, name: true, environment: true, description: true, connectionKind: true,
        schedule: true, archived: true,
        scans: {
          orderBy: { queuedAt: "desc" },
          take: 1,
          select: { status: true, finishedAt: true, postureScore: true, grade: true },
        },
      },
    });
    return rows.map(({ scans, ...cluster }) => ({ ...cluster, lastScan: scans[0] ?? null }));
  } catch (error) {
    throw asDatabaseUnavailable(error) ?? error;
  }
}
