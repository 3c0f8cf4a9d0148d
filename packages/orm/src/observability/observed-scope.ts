import { AsyncLocalStorage } from 'node:async_hooks'
import type { RequestAnnotation } from '@dbtooling/dynamo-client'

// Which model and access pattern the current request serves: set around ORM calls, read by the client's
// observability middleware on the request path (it runs in the caller's async context).
const storage = new AsyncLocalStorage<RequestAnnotation>()

export function currentAnnotation(): RequestAnnotation | undefined {
  return storage.getStore()
}

export function withAnnotation<T>(annotation: RequestAnnotation, run: () => T): T {
  return storage.run(annotation, run)
}
