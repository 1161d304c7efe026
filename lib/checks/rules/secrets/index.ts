import type { TCheck } from "../../types";

export const secretsChecks: readonly TCheck[] = [];
