export { waitForIndexActive, waitForTableActive, waitForTableDeleted } from './table-waiters'
export { type WaiterOptions, waitUntil } from './wait-until'
