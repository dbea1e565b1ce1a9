/**
 * Alerts posted to a webhook: JSON over HTTP(S) with a timeout and retries, in the
 * background (sending never blocks ingest), at most {@link maxPendingPosts} waiting (more are
 * dropped and counted). Logs name only the webhook's origin: the path, query and user info of
 * such URLs often hold a secret.
 */

/** Posts waiting at most; past it new ones are dropped (counted). */
export const maxPendingPosts = 100;

/** The URL as it may be logged: scheme and host only. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}/…`;
  } catch {
    return '(a URL that does not parse)';
  }
}

export interface WebhookOptions {
  readonly url: string;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly log: (line: string) => void;
  /** First pause between tries, doubled after each (default 250 ms). */
  readonly backoffMs?: number;
}

export interface WebhookStats {
  sent: number;
  failed: number;
  dropped: number;
}

export class WebhookSender {
  readonly stats: WebhookStats = { sent: 0, failed: 0, dropped: 0 };
  readonly #pending = new Set<Promise<void>>();

  constructor(readonly options: WebhookOptions) {}

  /** Post `payload` in the background. */
  send(payload: unknown): void {
    if (this.#pending.size >= maxPendingPosts) {
      this.stats.dropped++;
      return;
    }
    const job = this.#post(JSON.stringify(payload)).finally(() => this.#pending.delete(job));
    this.#pending.add(job);
  }

  /** Resolves when every post so far has been sent or given up. */
  async idle(): Promise<void> {
    while (this.#pending.size > 0) await Promise.allSettled([...this.#pending]);
  }

  async #post(body: string): Promise<void> {
    const where = redactUrl(this.options.url);
    let problem = '';
    for (let attempt = 0; attempt <= this.options.retries; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, (this.options.backoffMs ?? 250) * 2 ** (attempt - 1)));
      try {
        const response = await fetch(this.options.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(this.options.timeoutMs), redirect: 'error' });
        await response.body?.cancel().catch(() => undefined);
        if (response.ok) {
          this.stats.sent++;
          return;
        }
        problem = `answered ${response.status}`;
        if (response.status >= 400 && response.status < 500 && response.status !== 429) break;
      } catch (error) {
        problem = (error as Error).name === 'TimeoutError' ? `did not answer within ${this.options.timeoutMs} ms` : 'could not be reached';
      }
    }
    this.stats.failed++;
    this.options.log(`monitor: the webhook at ${where} ${problem}; the alert is kept in the store (aisec monitor alerts).`);
  }
}
