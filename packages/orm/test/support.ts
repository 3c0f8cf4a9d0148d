import { DynamoClient, type Middleware, type RequestEvent } from '@dbtooling/dynamo-client'
import { localCredentials, localEndpoint, localRegion, uniqueTableName } from '../../../tests/support'

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string
  }
}

export { localCredentials, localEndpoint, localRegion, uniqueTableName }

/** A client for the shared DynamoDB Local. */
export function localClient(middleware: Middleware[] = []): DynamoClient {
  return new DynamoClient({
    endpoint: localEndpoint(),
    region: localRegion,
    credentials: localCredentials,
    maxRetries: 1,
    middleware,
  })
}

/** Records every request (operation and wire input) so tests can inspect what was sent. */
export function requestRecorder(): Middleware & { requests: RequestEvent[]; clear(): void; ops(): string[] } {
  const requests: RequestEvent[] = []
  return {
    name: 'recorder',
    requests,
    onRequest(event) {
      if (event.attempt === 1) requests.push(event)
    },
    clear() {
      requests.length = 0
    },
    ops() {
      return requests.map((request) => request.operation)
    },
  }
}
