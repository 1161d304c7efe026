// Loads Prisma's schema engine compiled to WebAssembly. The Prisma CLI wants to download a
// native engine before `migrate`, which this project cannot rely on (offline machines, CI);
// the WASM build is the same engine, shipped inside an npm package, driven through a driver
// adapter. Used by the migration scripts only, never by a request handler.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

let loaded: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  loaded ??= (async () => {
    // The .wasm file is not in the package's "exports": resolve the package.json beside it.
    const require = createRequire(import.meta.url);
    const wasmPath = join(dirname(require.resolve("@prisma/schema-engine-wasm")), "schema_engine_bg.wasm");
    const bytes = await readFile(wasmPath);
    // The engine arms 10 s timers it never clears; unref them so a finished script can exit.
    const imports: WebAssembly.ModuleImports = { ...(glue as unknown as WebAssembly.ModuleImports) };
    for (const name of Object.keys(imports).filter((key) => key.startsWith("__wbg_setTimeout_"))) {
      const arm = imports[name] as (...args: unknown[]) => unknown;
      imports[name] = (...args: unknown[]) => {
        const timer = arm(...args);
        if (timer && typeof (timer as NodeJS.Timeout).unref === "function") (timer as NodeJS.Timeout).unref();
        return timer;
      };
    }
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": imports });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return loaded;
}

export interface EngineHandle {
  engine: SchemaEngine;
  /** Ends the adapter's pool; without it the process stays alive for ~10 s. */
  close(): Promise<void>;
}

export async function openSchemaEngine(connectionString: string, schema: string): Promise<EngineHandle> {
  await loadWasm();
  // Our own pool, so close() can end it: the engine does not release every connection it
  // takes, and an idle pg pool keeps the process alive for ~10 s.
  const pool = new pg.Pool({ connectionString, max: 2, allowExitOnIdle: true });
  const pgFactory = new PrismaPg(pool);
  // The engine connects through the factory itself; keep what it opens so close() can end it.
  const opened: { dispose(): Promise<void> }[] = [];
  const tracking = {
    provider: "postgres" as const,
    adapterName: pgFactory.adapterName,
    async connect() {
      const adapter = await pgFactory.connect();
      opened.push(adapter);
      return adapter;
    },
    async connectToShadowDb() {
      const adapter = await pgFactory.connectToShadowDb();
      opened.push(adapter);
      return adapter;
    },
  };
  const factory = bindMigrationAwareSqlAdapterFactory(tracking);
  const engine = await glue.SchemaEngine.new(
    { datamodels: [["schema.prisma", schema]] },
    () => {},
    factory,
  );
  return {
    engine,
    async close() {
      engine.free();
      // The engine may already have disposed a shadow database it used; that is not an error.
      await Promise.allSettled(opened.map((adapter) => adapter.dispose()));
      await pool.end().catch(() => {});
    },
  };
}
