import type { Entrant, Target } from '../contestant'
import { runRound } from '../measure'
import type { ScenarioSpec } from '../scenarios/scenario-spec'
import type { ContestantRunner } from './contestant-runner'
import { openAndVerify } from './verify'

/**
 * The contestant in the benchmark process itself, next to all the others: its rounds also pay for the
 * others' garbage and background GC. Kept for `--isolation shared`, to compare with the isolated figures.
 */
export async function openShared<S extends string>(
  entrant: Entrant<S>,
  target: Target,
  scenarios: readonly ScenarioSpec<S>[],
): Promise<ContestantRunner> {
  const { session, heapDeltaBytes, setupMs } = await openAndVerify(entrant, target, scenarios)
  const calls: Partial<Record<string, () => Promise<number>>> = session.calls
  return {
    name: entrant.name,
    label: entrant.label,
    scenarios: new Set(Object.keys(calls)),
    heapDeltaBytes,
    setupMs,
    round(scenario, spec) {
      const call = calls[scenario]
      if (!call) return Promise.reject(new Error(`${entrant.name} has no ${scenario} scenario`))
      return runRound(call, spec)
    },
    rssBytes: async () => process.memoryUsage().rss,
    async close() {
      try {
        await session.close()
      } catch {
        // Closing is best effort: the figures are taken, and a failed teardown must not hide them.
      }
    },
  }
}
