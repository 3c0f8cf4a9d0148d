export { type CapacityTotals, CapacityTracker } from './capacity-tracker'
export { createRequestCounter, type RequestCounter } from './request-counter'
export { createRequestLogger, type RequestLogLine } from './request-logger'
export type { Middleware, RequestEvent, ResponseEvent } from './types'
