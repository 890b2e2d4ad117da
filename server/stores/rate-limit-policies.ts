/**
 * How much each kind of request may happen. "shared" limits count across all
 * processes (in Redis when there is one); "process" limits always count in
 * the process itself.
 *
 * The socket limits are process-local on purpose: a socket lives in exactly
 * one process, they sit on the hottest path (every answer), and a Redis round
 * trip per socket event would cost more CPU than the flood it guards against.
 * Per-IP socket limits are therefore per process; with N processes an IP may
 * send N times as much, which is still bounded.
 */
export interface RateLimitPolicy {
  points: number
  durationSeconds: number
  /** Once over the limit, refused for this long from that moment (otherwise until the window ends). */
  blockSeconds?: number
  scope: 'shared' | 'process'
}

export const RATE_LIMIT_POLICIES = {
  /** Failed logins only (peek first, spend on failure): a class behind one NAT address logs in freely. */
  loginPerIp: { points: 30, durationSeconds: 15 * 60, scope: 'shared' },
  /**
   * Spend a point per FAILED login only; peek before checking the password; reset after success.
   * After the 5th failure peek refuses until the window (15 min from the first failure) ends;
   * a further failed attempt is refused and blocks for 15 min from then.
   */
  loginPerAccount: { points: 5, durationSeconds: 15 * 60, blockSeconds: 15 * 60, scope: 'shared' },
  /** High enough for a whole class registering from one school address, low enough to slow a bot. */
  registerPerIp: { points: 100, durationSeconds: 60 * 60, scope: 'shared' },
  attemptStartPerUser: { points: 10, durationSeconds: 60, scope: 'shared' },
  livePinPerIp: { points: 20, durationSeconds: 60, scope: 'shared' },
  socketEventsPerSocket: { points: 20, durationSeconds: 1, scope: 'process' },
  /** A whole school behind one NAT address shares this; 200 events/s is about 40 answers/s for every 5 s question. */
  socketEventsPerIp: { points: 200, durationSeconds: 1, scope: 'process' },
  verifyPerIp: { points: 30, durationSeconds: 60, scope: 'shared' },
  /** Reading a 10 MB spreadsheet costs seconds of CPU: generous for a person, a wall for a script. */
  bankImportPerUser: { points: 60, durationSeconds: 10 * 60, scope: 'shared' },
} as const satisfies Record<string, RateLimitPolicy>

export type RateLimiterName = keyof typeof RATE_LIMIT_POLICIES

export const RATE_LIMITER_NAMES = Object.keys(RATE_LIMIT_POLICIES) as RateLimiterName[]
