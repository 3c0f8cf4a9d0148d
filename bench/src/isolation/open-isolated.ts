import type { Entrant, Target } from '../contestant'
import type { ScenarioSpec } from '../scenarios/scenario-spec'
import { forkContestant } from '../worker/contestant-process'
import type { RegistryName } from '../worker/registry'
import type { ContestantRunner } from './contestant-runner'

export interface IsolatedOptions {
  target: Target
  scenarios: readonly ScenarioSpec<string>[]
  /** The registry the child finds the contestant in, by name. */
  registry: RegistryName
  log: (line: string) => void
}

/**
 * The contestant in a child process of its own, as it runs in an app: no other library's garbage, GC
 * threads or code shares its heap, caches or CPU figure. The child sets up, verifies and measures; this
 * side only tells it when to run a round.
 */
export async function openIsolated(
  entrant: Entrant<string>,
  options: IsolatedOptions,
): Promise<ContestantRunner> {
  const child = forkContestant(entrant.name)
  try {
    const opened = await child.exchange(
      {
        type: 'open',
        registry: options.registry,
        contestant: entrant.name,
        target: options.target,
        scenarios: [...options.scenarios],
      },
      'opened',
    )
    if (!opened.gcExposed)
      options.log(`  ${entrant.name}: gc() is not exposed in its process; setup heap includes garbage`)
    return {
      name: entrant.name,
      label: entrant.label,
      scenarios: new Set(opened.scenarios),
      heapDeltaBytes: opened.heapDeltaBytes,
      setupMs: opened.setupMs,
      async round(scenario, spec) {
        const sample = await child.exchange({ type: 'round', scenario, ...spec }, 'sample')
        const { cpuUs, wallMs, latenciesMs } = sample
        return { cpuUs, calls: sample.calls, wallMs, latenciesMs: Float64Array.from(latenciesMs) }
      },
      rssBytes: async () => (await child.exchange({ type: 'rss' }, 'rss')).rss,
      close: () => child.stop(),
    }
  } catch (error) {
    await child.stop()
    throw error
  }
}
