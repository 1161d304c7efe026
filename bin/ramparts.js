#!/usr/bin/env node
// The `ramparts` command: loads the TypeScript CLI through tsx (a runtime dependency).
import { register } from "tsx/esm/api";

register();
await import("../lib/cli/ramparts.ts");
