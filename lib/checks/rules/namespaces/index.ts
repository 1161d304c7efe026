import type { TCheck } from "../../types";

export const namespacesChecks: readonly TCheck[] = [];
