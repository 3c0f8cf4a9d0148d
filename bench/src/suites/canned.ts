import type { Target } from '../contestant'
import type { BenchOptions } from '../options'
import { type ClientSuiteOutput, runClientSuite } from './client-suite'

/** Client CPU per call against the canned server (a separate process): the headline table. */
export function runCannedSuite(target: Target, options: BenchOptions): Promise<ClientSuiteOutput> {
  return runClientSuite(
    'canned',
    'Client CPU per call, canned DynamoDB server',
    target,
    options.plans.canned,
    options,
  )
}
