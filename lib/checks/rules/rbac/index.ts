import type { TCheck } from "../../types";

export const rbacChecks: readonly TCheck[] = [];
