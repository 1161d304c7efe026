import "server-only";
import { cache } from "react";
import { clusterMatrix } from "@/lib/db/queries/matrix";
import type { TRatingsMode } from "./ratings-mode";

/** The matrix the API serves (/api/clusters/[id]/matrix), read once per request however many widgets show it. */
export const loadClusterMatrix = cache((clusterId: string, mode: TRatingsMode) => clusterMatrix(clusterId, mode));
