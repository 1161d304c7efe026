import type { TCheck } from "../../types";

export const controlPlaneChecks: readonly TCheck[] = [];
