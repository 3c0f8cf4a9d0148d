/** Where a contestant sends its requests. */
export interface Target {
  endpoint: string
  region: string
  credentials: { accessKeyId: string; secretAccessKey: string }
  /** Table for client-level scenarios (ORM contestants use their own, see fixtures/orm-users.ts). */
  table: string
  /**
   * Our clients only: a transport object used instead of the network. The request-parity check
   * (suites/orm-request-parity.ts) records requests this way; measured runs never set it.
   */
  transport?: object
}

/**
 * A library under test. `setup` builds its client once; each scenario makes one call and resolves to
 * how many items it read or wrote, which the runner checks after warm-up so a contestant that quietly
 * does nothing (or fails) cannot post a good number.
 */
export interface Contestant<S extends string, Ctx> {
  name: string
  /** What exactly runs, for the legend under the table. */
  label: string
  /** Resolves to a reason when the contestant cannot run (e.g. its package API does not exist yet). */
  unavailable?(): Promise<string | undefined>
  setup(target: Target): Promise<Ctx>
  teardown?(ctx: Ctx): Promise<void>
  scenarios: Partial<Record<S, (ctx: Ctx) => Promise<number>>>
}

/** A contestant after setup, with its context bound: what the runner works with. */
export interface Session<S extends string> {
  calls: Partial<Record<S, () => Promise<number>>>
  close(): Promise<void>
}

export interface Entrant<S extends string> {
  name: string
  label: string
  unavailable(): Promise<string | undefined>
  open(target: Target): Promise<Session<S>>
}

/** Erases the context type so contestants with different clients fit in one list. */
export function defineContestant<S extends string, Ctx>(contestant: Contestant<S, Ctx>): Entrant<S> {
  return {
    name: contestant.name,
    label: contestant.label,
    unavailable: async () => (contestant.unavailable ? contestant.unavailable() : undefined),
    async open(target) {
      const ctx = await contestant.setup(target)
      const calls: Partial<Record<S, () => Promise<number>>> = {}
      for (const [scenario, run] of Object.entries(contestant.scenarios) as [
        S,
        (ctx: Ctx) => Promise<number>,
      ][]) {
        calls[scenario] = () => run(ctx)
      }
      return { calls, close: async () => contestant.teardown?.(ctx) }
    },
  }
}
