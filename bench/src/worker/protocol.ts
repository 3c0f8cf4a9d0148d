/**
 * Messages between the benchmark process and one contestant process. The parent sends one request at a
 * time and waits for its reply; ids only guard against a reply being matched to the wrong request.
 */
import type { Target } from '../contestant'
import type { RoundSpec } from '../measure'
import type { ScenarioSpec } from '../scenarios/scenario-spec'
import type { RegistryName } from './registry'

export interface OpenRequest {
  type: 'open'
  registry: RegistryName
  contestant: string
  target: Target
  /** The scenarios to verify (one call each) before anything is timed. */
  scenarios: ScenarioSpec<string>[]
}

export interface RoundRequest extends RoundSpec {
  type: 'round'
  scenario: string
}

/** `close` gets no reply: the process closes its session and exits. */
export type RequestBody = OpenRequest | RoundRequest | { type: 'rss' } | { type: 'close' }
export type Request = RequestBody & { id: number }

export interface OpenedReply {
  type: 'opened'
  heapDeltaBytes: number
  setupMs: number
  /** Every scenario the contestant implements. */
  scenarios: string[]
  /** Whether `gc()` exists in the child: without it the heap figure includes garbage. */
  gcExposed: boolean
}

export interface SampleReply {
  type: 'sample'
  cpuUs: number
  calls: number
  wallMs: number
  latenciesMs: number[]
}

export type ReplyBody =
  | OpenedReply
  | SampleReply
  | { type: 'rss'; rss: number }
  | { type: 'failed'; reason: string }
export type Reply = ReplyBody & { id: number }
