import type { RoundSample, RoundSpec } from '../measure'

export const ISOLATIONS = ['process', 'shared'] as const
/**
 * `process`: every contestant runs in a child process of its own, as it would in an app.
 * `shared`: every contestant runs in the benchmark process (the old way; kept to compare against).
 */
export type Isolation = (typeof ISOLATIONS)[number]

/** An opened and verified contestant, wherever it runs: what the runner drives round by round. */
export interface ContestantRunner {
  readonly name: string
  readonly label: string
  /** The scenarios this contestant implements. */
  readonly scenarios: ReadonlySet<string>
  /** Heap retained after loading the library, building the client and one call per scenario. */
  readonly heapDeltaBytes: number
  readonly setupMs: number
  /**
   * One round of `calls` calls, or of calls for `roundMs` (at most `calls`); CPU is measured where the
   * contestant runs.
   */
  round(scenario: string, spec: RoundSpec): Promise<RoundSample>
  /** RSS of the process the contestant runs in. */
  rssBytes(): Promise<number>
  /** Closes the session (and its process, if it has one). Never throws. */
  close(): Promise<void>
}
