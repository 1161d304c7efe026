// The state one collection shares across its concurrent lists: clients, the stop signal
// (overall deadline, or a fatal error seen by any list), the shared connection, counters, and
// the one way requests are sent — with retries and backoff on what a retry can fix.
import type { ConfigurationOptions, KubeConfig } from "@kubernetes/client-node";
import { createKubeClients, type TKubeClients } from "./client";
import type { CollectionError } from "./errors";
import { callMiddleware, SharedDispatcher, type PageCapture } from "./page-capture";
import { classifyFailure, CollectionStopped, isRetryable, type TCredential, type TRequestFailure } from "./request-failure";
import { backoffDelay, sleep, type TBackoff } from "./retry";

export interface TSessionSettings {
  requestTimeoutMs: number;
  deadlineMs: number;
  maxAttempts: number;
  backoff: TBackoff;
}

/** A request that failed for good: not retryable, or out of attempts. */
export class RequestFailed extends Error {
  constructor(readonly failure: TRequestFailure, readonly attempts: number) {
    super(`request failed: ${failure.type}`);
    this.name = "RequestFailed";
  }
}

export interface TSessionCounters {
  requests: number;
  retries: number;
}

export class CollectSession {
  readonly clients: TKubeClients;
  readonly credential: TCredential;
  readonly counters: TSessionCounters = { requests: 0, retries: 0 };
  #controller = new AbortController();
  #dispatcher = new SharedDispatcher();
  #deadline: NodeJS.Timeout;
  #fatal: CollectionError | undefined;

  constructor(kubeConfig: KubeConfig, readonly settings: TSessionSettings) {
    this.clients = createKubeClients(kubeConfig, { requestTimeoutMs: settings.requestTimeoutMs, signal: this.#controller.signal });
    this.credential = credentialOf(kubeConfig);
    this.#deadline = setTimeout(() => this.#controller.abort(new CollectionStopped("deadline")), settings.deadlineMs);
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get deadlinePassed(): boolean {
    return this.signal.aborted && this.signal.reason instanceof CollectionStopped && this.signal.reason.why === "deadline";
  }

  get fatal(): CollectionError | undefined {
    return this.#fatal;
  }

  /** Ends the collection: the first fatal error wins, in-flight requests are aborted. */
  fail(error: CollectionError): void {
    this.#fatal ??= error;
    if (!this.signal.aborted) this.#controller.abort(new CollectionStopped("fatal"));
  }

  /**
   * Sends a request, retrying 429 (after Retry-After), 5xx, resets and timeouts with backoff.
   * Throws RequestFailed, or CollectionStopped once the collection is stopping.
   */
  async send<T>(call: (options: ConfigurationOptions) => Promise<T>, capture?: PageCapture): Promise<T> {
    const options: ConfigurationOptions = { middleware: [callMiddleware(this.#dispatcher, capture)], middlewareMergeStrategy: "append" };
    for (let attempt = 1; ; attempt += 1) {
      if (this.signal.aborted) throw this.signal.reason;
      this.counters.requests += 1;
      try {
        return await call(options);
      } catch (error) {
        const failure = classifyFailure(error);
        if (this.signal.aborted) throw this.signal.reason;
        if (!isRetryable(failure) || attempt >= this.settings.maxAttempts) throw new RequestFailed(failure, attempt);
        this.counters.retries += 1;
        const retryAfterMs = failure.type === "status" ? failure.retryAfterMs : undefined;
        await sleep(backoffDelay(this.settings.backoff, attempt, retryAfterMs), this.signal);
      }
    }
  }

  async close(): Promise<void> {
    clearTimeout(this.#deadline);
    await this.#dispatcher.close();
  }
}

function credentialOf(kubeConfig: KubeConfig): TCredential {
  const user = kubeConfig.getCurrentUser();
  if (!user) return "none";
  if (user.token) return "token";
  if (user.certData || user.certFile) return "certificate";
  return user.exec || user.authProvider || user.username ? "other" : "none";
}
