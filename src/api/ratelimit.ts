// A token bucket per client address, for the expensive endpoint (POST /api/extract): `burst`
// requests at once, refilled at `perMinute`. Buckets of idle clients are dropped so a scan of
// spoofed addresses cannot grow memory without bound.

export interface RateLimitOptions {
  burst: number;
  perMinute: number;
  /** clients tracked at most (the oldest are forgotten first) */
  maxClients?: number;
  now?: () => number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly opts: Required<RateLimitOptions>;
  constructor(opts: RateLimitOptions) {
    this.opts = { maxClients: 10_000, now: () => Date.now(), ...opts };
  }

  /** Takes a token for `key`; returns 0 when allowed, else the seconds to wait. */
  take(key: string): number {
    const now = this.opts.now();
    const rate = this.opts.perMinute / 60_000;
    const b = this.buckets.get(key);
    let tokens = b ? Math.min(this.opts.burst, b.tokens + (now - b.at) * rate) : this.opts.burst;
    if (b) this.buckets.delete(key); // re-inserted below: Map order is then least recently seen first
    if (tokens < 1) {
      this.buckets.set(key, { tokens, at: now });
      return Math.max(1, Math.ceil((1 - tokens) / rate / 1000));
    }
    tokens -= 1;
    this.buckets.set(key, { tokens, at: now });
    if (this.buckets.size > this.opts.maxClients) this.buckets.delete(this.buckets.keys().next().value!);
    return 0;
  }
}
