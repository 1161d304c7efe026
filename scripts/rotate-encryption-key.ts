// npm run keys:rotate -- --from OLD_BASE64 --to NEW_BASE64
// (or with RAMPARTS_ENCRYPTION_KEY / RAMPARTS_NEW_ENCRYPTION_KEY in the environment, which keeps
// the keys out of the process list and the shell history).
// Re-encrypts every cluster credential under the new key in one transaction; refuses, changing
// nothing, when any of them cannot be decrypted with the old key. Never prints a key.
import { parseArgs } from "node:util";
import pg from "pg";
import { decodeEncryptionKey } from "../lib/crypto/keys";
import { rotateClusterCredentials } from "../lib/crypto/rotate-clusters";
import { env } from "../lib/env";
import { withDatabase } from "./database";

const USAGE = `Usage: npm run keys:rotate -- --from OLD_BASE64 --to NEW_BASE64
   or: RAMPARTS_ENCRYPTION_KEY=OLD RAMPARTS_NEW_ENCRYPTION_KEY=NEW npm run keys:rotate
Generate the new key with \`openssl rand -base64 32\`.`;

function readKeys(): { oldKey: Buffer; newKey: Buffer } | undefined {
  let parsed;
  try {
    parsed = parseArgs({ options: { from: { type: "string" }, to: { type: "string" }, help: { type: "boolean" } }, allowPositionals: true });
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  // Not echoed: a stray argument may well be a key.
  if (positionals.length > 0) throw new Error(`Unexpected argument(s); keys go after --from and --to.\n${USAGE}`);
  if (values.help) return undefined;
  const from = values.from ?? env().RAMPARTS_ENCRYPTION_KEY;
  const to = values.to ?? env().RAMPARTS_NEW_ENCRYPTION_KEY;
  if (!from || !to) throw new Error(`Both keys are needed.\n${USAGE}`);
  return {
    oldKey: decodeEncryptionKey(from, values.from ? "--from" : "RAMPARTS_ENCRYPTION_KEY"),
    newKey: decodeEncryptionKey(to, values.to ? "--to" : "RAMPARTS_NEW_ENCRYPTION_KEY"),
  };
}

async function main(): Promise<number> {
  const keys = readKeys();
  if (!keys) {
    console.log(USAGE);
    return 0;
  }
  await withDatabase(async (url) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const result = await rotateClusterCredentials(client, keys.oldKey, keys.newKey);
      console.log(
        `Re-encrypted the credentials of ${result.rotated} cluster(s) and the secrets of ${result.rotatedEndpoints} notification endpoint(s): key id ${result.fromKeyId} → ${result.toKeyId}.\n` +
          "Now set RAMPARTS_ENCRYPTION_KEY to the new key (for the demo without it: replace the content of " +
          `${env().RAMPARTS_DATA_DIR}/encryption.key) and restart Ramparts' web server and worker.`,
      );
    } finally {
      await client.end();
    }
  });
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
