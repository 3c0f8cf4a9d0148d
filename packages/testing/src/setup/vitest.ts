import { inject } from 'vitest'

export { useRequestRecorder } from './use-request-recorder'

declare module 'vitest' {
  export interface ProvidedContext {
    dbtoolingEndpoint: string
  }
}

/** Inside a test: the endpoint `@dbtooling/testing/vitest-setup` started or reused. */
export function testEndpoint(): string {
  return inject('dbtoolingEndpoint')
}
