/** @dbtooling/testing: throwaway tables, seeded data, a request recorder with assertions, snapshot helpers. */
export { isTestingError, RequestAssertionError, TestingError, type TestingErrorCode } from './errors'
export { activateRecorder, activeRecorder, type RecorderSource } from './recorder/active-recorder'
export type { CapacityOptions, ModelRef, QueriedOptions } from './recorder/assertions'
export type { Classified, CostClass, MatcherOptions, WrittenItem } from './recorder/classify'
export { describeRequest, type RecordedRequest } from './recorder/describe-request'
export {
  assertCapacity,
  assertInserted,
  assertNoScan,
  assertNoWholeTypeRead,
  assertQueried,
  assertRequestCount,
} from './recorder/global-assertions'
export type { KeyEntry } from './recorder/key-templates'
export { RequestRecorder } from './recorder/request-recorder'
export { recordRequests, TestRecorder } from './recorder/test-recorder'
export {
  type SnapshotOptions,
  snapshotOf,
  stableStringify,
  VOLATILE_FIELDS,
} from './snapshot/stable-snapshot'
export {
  type CreateTestTableOptions,
  cleanupTestTable,
  createTestTable,
  type TestTable,
  uniqueTableName,
} from './table/create-test-table'
export { assertLocalEndpoint, resolveEndpoint } from './table/endpoint'
export { fake, fakeMany } from './table/fake'
export {
  type Seeded,
  type SeedPlan,
  type SeedStep,
  type SeedTestDataOptions,
  seedTestData,
} from './table/seed-test-data'
