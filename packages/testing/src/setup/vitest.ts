import { inject } from 'vitest'

declare module 'vitest' {
  export interface ProvidedContext {
    dbtoolingEndpoint: string
  }
}

/** Inside a test: the endpoint `@dbtooling/testing/vitest-setup` started or reused. */
export function testEndpoint(): string {
  return inject('dbtoolingEndpoint')
}
