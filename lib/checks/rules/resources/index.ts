import type { TCheck } from "../../types";

export const resourcesChecks: readonly TCheck[] = [];
