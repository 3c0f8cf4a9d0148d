import type { DynamoClient } from '@dbtooling/dynamo-client'
import type { TableDesign } from '@dbtooling/schema'
import { TestingError } from '../errors'
import { recordRequests, type TestRecorder } from './test-recorder'

/**
 * What a recorder can be made active from: a recorder, a test table (its `recorder`), or an ORM (its
 * `design` and `client`: a new recorder is attached for the test and stopped after it).
 *
 * @example
 * ```ts
 * const source: RecorderSource = table // or table.recorder, or table.orm
 * const release = activateRecorder(source)
 * ```
 */
export type RecorderSource =
  | TestRecorder
  | { readonly recorder: TestRecorder }
  | { readonly design: TableDesign; readonly client: DynamoClient }

// The package ships several bundles (index, vitest, CJS and ESM) that may each hold a copy of this module;
// a registry symbol makes them share the one active recorder.
const slot = Symbol.for('@dbtooling/testing/active-recorder')
type Holder = { [slot]?: TestRecorder | undefined }

function current(): TestRecorder | undefined {
  return (globalThis as Holder)[slot]
}

/**
 * Makes a recorder the one the global assertions (`assertQueried`, `assertRequestCount`, ...) read, after
 * clearing what it recorded so far. Returns the function that deactivates it again (and stops a recorder
 * made here from an ORM).
 *
 * @example
 * ```ts
 * import { activateRecorder, assertRequestCount } from '@dbtooling/testing'
 *
 * let release: () => void
 * beforeEach(() => { release = activateRecorder(table) }) // Jest, or any runner with hooks
 * afterEach(() => release())
 *
 * it('reads one user', async () => {
 *   await User.find(id)
 *   assertRequestCount(1)
 * })
 * ```
 */
export function activateRecorder(source: RecorderSource): () => void {
  // Told apart by shape, not instanceof: the recorder may come from another bundle of this package.
  const owned = 'client' in source
  const recorder =
    'recorder' in source ? source.recorder : 'client' in source ? recordRequests(source) : source
  recorder.reset()
  ;(globalThis as Holder)[slot] = recorder
  return () => {
    if (owned) recorder.stop()
    if (current() === recorder) (globalThis as Holder)[slot] = undefined
  }
}

/**
 * The recorder the global assertions read. Throws `NO_ACTIVE_RECORDER` when none is active.
 *
 * @example
 * ```ts
 * import { activeRecorder } from '@dbtooling/testing'
 *
 * await seedTestData(table.orm, { User: 3 })
 * activeRecorder().reset() // count only what comes next
 * console.log(activeRecorder().lines())
 * ```
 */
export function activeRecorder(caller = 'activeRecorder()'): TestRecorder {
  const recorder = current()
  if (recorder) return recorder
  throw new TestingError(
    'NO_ACTIVE_RECORDER',
    `${caller} needs an active request recorder, but none is active.`,
    "Call useRequestRecorder(table) at the top of the test file (from '@dbtooling/testing/vitest'), or activateRecorder(table) in a beforeEach; or use the recorder's own method, e.g. table.recorder.assertNoScan().",
  )
}
