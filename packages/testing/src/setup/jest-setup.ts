import type { StartOptions } from '@dbtooling/local'
import { TestingError } from '../errors'
import { acquireLocal } from './shared-local'

/**
 * Jest global setup: `globalSetup: '@dbtooling/testing/jest-setup'` with
 * `globalTeardown: '@dbtooling/testing/jest-teardown'`. Starts DynamoDB Local once per run (or reuses
 * `DYNAMODB_ENDPOINT`) and sets `DYNAMODB_ENDPOINT`, which Jest's workers inherit.
 */
export default async function globalSetup(): Promise<void> {
  await acquireLocal(jestLocalOptions())
}

/** `DBTOOLING_LOCAL_PORT` picks the port (Jest setups take no arguments); otherwise a free one. */
export function jestLocalOptions(env: NodeJS.ProcessEnv = process.env): StartOptions {
  const port = env.DBTOOLING_LOCAL_PORT
  if (port === undefined || port === '') return {}
  const number = Number(port)
  if (Number.isInteger(number) && number > 0 && number < 65536) return { port: number }
  throw new TestingError(
    'BAD_ARGUMENT',
    `DBTOOLING_LOCAL_PORT="${port}" is not a TCP port.`,
    'Set it to a number from 1 to 65535, or unset it to let DynamoDB Local take a free port.',
  )
}
