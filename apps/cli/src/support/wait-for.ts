/** Polls `check` every `intervalMs` until it returns a value (not null) or `timeoutMs` passes. */
export async function waitFor<T>(
  check: () => T | null | Promise<T | null>,
  timeoutMs: number,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== null) return value
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms`)
    await new Promise((r) => setTimeout(r, intervalMs))
  }
}
