import { afterEach, beforeEach } from 'vitest'
import { activateRecorder, type RecorderSource } from '../recorder/active-recorder'

/**
 * Installs a request recorder for each test of the file: before each test it activates the recorder of
 * `source` (cleared, so setup in `beforeAll` is not counted) for the global assertions, and deactivates it
 * after. Pass a function when the table is created in `beforeAll`. Tests of a file that share the active
 * recorder must not run concurrently (`it.concurrent`).
 *
 * @example
 * ```ts
 * import { assertNoScan, assertQueried, assertRequestCount, createTestTable } from '@dbtooling/testing'
 * import { testEndpoint, useRequestRecorder } from '@dbtooling/testing/vitest'
 *
 * const table = await createTestTable({ models: [Team, User], endpoint: testEndpoint() })
 * useRequestRecorder(table)
 *
 * it('lists a team', async () => {
 *   await User.where('teamId', teamId).get()
 *   assertQueried(User, { index: 'GSI1' })
 *   assertRequestCount(1)
 *   assertNoScan()
 * })
 * ```
 */
export function useRequestRecorder(source: RecorderSource | (() => RecorderSource)): void {
  let release: (() => void) | undefined
  beforeEach(() => {
    release = activateRecorder(typeof source === 'function' ? source() : source)
  })
  afterEach(() => {
    release?.()
    release = undefined
  })
}
