import type { Entrant, Session, Target } from '../contestant'
import { heapUsed } from '../measure'
import type { ScenarioSpec } from '../scenarios/scenario-spec'

export interface Verified<S extends string> {
  session: Session<S>
  heapDeltaBytes: number
  setupMs: number
}

/** Builds the client and proves every scenario returns what it should before anything is timed. */
export async function openAndVerify<S extends string>(
  entrant: Entrant<S>,
  target: Target,
  scenarios: readonly ScenarioSpec<S>[],
): Promise<Verified<S>> {
  const heapBefore = heapUsed()
  const started = performance.now()
  const session = await entrant.open(target)
  for (const spec of scenarios) {
    const call = session.calls[spec.name]
    if (!call) continue
    const got = await call()
    if (got !== spec.expected) {
      await session.close()
      throw new Error(`${spec.title} returned ${got} items, expected ${spec.expected}`)
    }
  }
  const setupMs = performance.now() - started
  return { session, heapDeltaBytes: heapUsed() - heapBefore, setupMs }
}
