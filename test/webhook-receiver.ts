// A webhook receiver for tests: node:http on a free local port, recording every request (headers,
// raw body) and answering from a script of statuses (the last one repeats).
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface TReceived {
  headers: IncomingHttpHeaders;
  body: string;
  path: string;
}

export interface TReceiver {
  url: string;
  received: TReceived[];
  /** The statuses of the next answers, in order; the last one stays. */
  answer(...statuses: number[]): void;
  close(): Promise<void>;
}

export async function startReceiver(): Promise<TReceiver> {
  const received: TReceived[] = [];
  let script: number[] = [200];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8"), path: request.url ?? "/" });
      const status = script.length > 1 ? script.shift()! : script[0]!;
      if (status >= 300 && status < 400) response.setHeader("location", "http://elsewhere.invalid/hook");
      response.writeHead(status, { "content-type": "text/plain" }).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    answer: (...statuses) => {
      script = statuses.length > 0 ? statuses : [200];
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
