import { CLIENT_TABLE } from '../fixtures/users'
import type { BenchOptions } from '../options'
import { startCannedServer } from '../server/start-canned-server'
import { type ClientSuiteOutput, runClientSuite } from './client-suite'

export const BENCH_CREDENTIALS = { accessKeyId: 'AKIDBENCHMARK000000', secretAccessKey: 'bench-secret-key' }

/** Client CPU per call against the canned server (a separate process): the headline table. */
export async function runCannedSuite(options: BenchOptions): Promise<ClientSuiteOutput> {
  const server = await startCannedServer()
  try {
    const target = {
      endpoint: server.endpoint,
      region: 'us-east-1',
      credentials: BENCH_CREDENTIALS,
      table: CLIENT_TABLE,
    }
    return await runClientSuite(
      'canned',
      'Client CPU per call, canned DynamoDB server',
      target,
      options.plans.canned,
      options,
    )
  } finally {
    await server.stop()
  }
}
