export { type CapacityTotals, CapacityTracker } from './capacity-tracker'
export { createRequestCounter, type RequestCounter } from './request-counter'
export type { Middleware, RequestEvent, ResponseEvent } from './types'
