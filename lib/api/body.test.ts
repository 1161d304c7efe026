import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseBody } from "./body";

const ZBody = z.object({ reason: z.string().min(3) });
const request = (body: BodyInit, headers: Record<string, string> = {}) => new Request("http://x/api/t", { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("parseBody", () => {
  it("parses and validates JSON", async () => {
    expect(await parseBody(request(JSON.stringify({ reason: "why not" })), ZBody)).toEqual({ reason: "why not" });
  });

  it("answers validation_failed with zod's flattened details, or for broken JSON", async () => {
    await expect(parseBody(request(JSON.stringify({ reason: "no" })), ZBody)).rejects.toMatchObject({ code: "validation_failed", details: { fieldErrors: { reason: expect.any(Array) } } });
    await expect(parseBody(request("{oops"), ZBody)).rejects.toMatchObject({ code: "validation_failed" });
    await expect(parseBody(request(""), ZBody)).rejects.toMatchObject({ code: "validation_failed" });
  });

  it("refuses bodies over the limit, declared or streamed", async () => {
    const big = JSON.stringify({ reason: "x".repeat(2_000) });
    await expect(parseBody(request(big), ZBody, { maxBytes: 1_000 })).rejects.toMatchObject({ code: "payload_too_large" });
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let index = 0; index < 10; index++) controller.enqueue(new TextEncoder().encode("x".repeat(200)));
        controller.close();
      },
    });
    await expect(parseBody(request(stream), ZBody, { maxBytes: 1_000 })).rejects.toMatchObject({ code: "payload_too_large" });
  });
});
