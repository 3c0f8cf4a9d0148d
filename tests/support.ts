import { randomBytes } from 'node:crypto'
import { inject } from 'vitest'

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string
  }
}

/** The DynamoDB Local endpoint started by the global setup (or DYNAMODB_ENDPOINT). */
export function localEndpoint(): string {
  return inject('dynamoEndpoint')
}

/** A table name no other test file uses, so files can run in parallel against one DynamoDB Local. */
export function uniqueTableName(prefix = 'test'): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`
}

/** Static credentials DynamoDB Local accepts (it checks their shape only). */
export const localCredentials = { accessKeyId: 'local', secretAccessKey: 'local' } as const
export const localRegion = 'us-east-1'
