import type { StartOptions } from '@dbtooling/local'
import { acquireLocal, releaseLocal } from './shared-local'

/** The part of vitest's `TestProject` the setup uses. */
export interface ProvidingProject {
  provide(key: 'dbtoolingEndpoint', value: string): void
}

/**
 * vitest global setup: `globalSetup: ['@dbtooling/testing/vitest-setup']`. Starts DynamoDB Local once per
 * run (or reuses `DYNAMODB_ENDPOINT`), hands its endpoint to tests (`testEndpoint()` from
 * `@dbtooling/testing/vitest`, or `process.env.DYNAMODB_ENDPOINT`) and stops it after the run.
 */
export default async function setup(project: ProvidingProject): Promise<() => Promise<void>> {
  return setupWith({})(project)
}

/** The same setup with DynamoDB Local options (`port`, `engine`, ...): export its result as the default. */
export function setupWith(
  options: StartOptions,
): (project: ProvidingProject) => Promise<() => Promise<void>> {
  return async (project) => {
    const { endpoint } = await acquireLocal(options)
    project.provide('dbtoolingEndpoint', endpoint)
    return releaseLocal
  }
}
