import type { TestProject } from 'vitest/node'
import type { DynamoDBLocalInstance } from '../packages/local/src/index'
import { startDynamoDBLocal } from '../packages/local/src/index'

/**
 * One DynamoDB Local for the whole run, shared by every project; each test file makes its own uniquely
 * named tables, so files run in parallel. Set DYNAMODB_ENDPOINT to use an already running instance.
 */
const shared = globalThis as typeof globalThis & {
  __dbtoolingLocal?: { instance: Promise<DynamoDBLocalInstance | undefined>; users: number }
}

export default async function setup(project: TestProject) {
  if (!shared.__dbtoolingLocal) {
    const external = process.env.DYNAMODB_ENDPOINT
    shared.__dbtoolingLocal = {
      instance: external ? Promise.resolve(undefined) : startDynamoDBLocal({ inMemory: true }),
      users: 0,
    }
  }
  const state = shared.__dbtoolingLocal
  state.users += 1
  const instance = await state.instance
  const endpoint = process.env.DYNAMODB_ENDPOINT ?? instance?.endpoint
  if (!endpoint) throw new Error('DynamoDB Local did not start and DYNAMODB_ENDPOINT is not set.')
  project.provide('dynamoEndpoint', endpoint)

  return async () => {
    state.users -= 1
    if (state.users === 0) {
      await instance?.stop()
      delete shared.__dbtoolingLocal
    }
  }
}
