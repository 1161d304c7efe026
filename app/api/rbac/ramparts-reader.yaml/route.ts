import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { route } from "@/lib/api/route";

export const dynamic = "force-dynamic";

/**
 * deploy/rbac/ramparts-reader.yaml as text, linked from the over-privilege warning: the read-only
 * ClusterRole, ServiceAccount and binding a scanner needs. Read from the working directory the
 * server runs in (the project root, in the image too).
 */
export const GET = route({ access: "public" }, async () => {
  const text = await readFile(join(process.cwd(), "deploy", "rbac", "ramparts-reader.yaml"), "utf8");
  return new Response(text, {
    headers: {
      "content-type": "text/plain; charset=utf-8",
      "content-disposition": 'inline; filename="ramparts-reader.yaml"',
      "cache-control": "public, max-age=300",
    },
  });
});
