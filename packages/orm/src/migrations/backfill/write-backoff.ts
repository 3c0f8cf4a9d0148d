/** How often a backfill write is tried before its item is left to the verification pass. */
export const MAX_ATTEMPTS = 8

/** Jittered exponential backoff between attempts of one backfill write (25 ms doubling, at most 2 s). */
export function pause(attempt: number): Promise<void> {
  const ms = Math.min(2000, 25 * 2 ** attempt) * (0.5 + Math.random() / 2)
  return new Promise((resolve) => setTimeout(resolve, ms))
}
