import { fileURLToPath } from "node:url";

export const alias = {
  "server-only": fileURLToPath(new URL("./test/server-only-stub.ts", import.meta.url)),
  "@": fileURLToPath(new URL(".", import.meta.url)),
};
export const exclude = ["node_modules/**", ".next/**", ".data/**", ".scratch/**", "e2e/**"];
