import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { type DynamoDBLocalInstance, isDynamoDBLocalError, startDynamoDBLocal } from '../src/index'
import { answers } from '../src/wait-ready'

const started: DynamoDBLocalInstance[] = []
afterAll(async () => {
  await Promise.all(started.map((instance) => instance.stop()))
})

async function call(
  endpoint: string,
  target: string,
  body: unknown,
): Promise<{ status: number; json: unknown }> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.0',
      'x-amz-target': `DynamoDB_20120810.${target}`,
      authorization:
        'AWS4-HMAC-SHA256 Credential=local/20200101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
    },
    body: JSON.stringify(body),
  })
  return { status: response.status, json: await response.json() }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

const createTable = (name: string) => ({
  TableName: name,
  BillingMode: 'PAY_PER_REQUEST',
  AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
  KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
})

describe('startDynamoDBLocal', { timeout: 120_000 }, () => {
  it('starts on a free port, answers ListTables, and stops without leaving the java process', async () => {
    const local = await startDynamoDBLocal()
    started.push(local)
    expect(local.endpoint).toBe(`http://127.0.0.1:${local.port}`)
    expect(local.engine).toBe('jar')
    const listed = await call(local.endpoint, 'ListTables', {})
    expect(listed.status).toBe(200)
    expect(listed.json).toEqual({ TableNames: [] })
    expect(processAlive(local.pid)).toBe(true)

    await local.stop()
    expect(processAlive(local.pid)).toBe(false)
    expect(await answers(local.endpoint)).toBe(false)
    await local.stop() // a second stop is harmless
  })

  it('keeps data across restarts when given a dbPath', async () => {
    const dbPath = mkdtempSync(join(tmpdir(), 'dbtooling-local-'))
    try {
      const first = await startDynamoDBLocal({ dbPath })
      started.push(first)
      expect((await call(first.endpoint, 'CreateTable', createTable('persisted'))).status).toBe(200)
      await call(first.endpoint, 'PutItem', { TableName: 'persisted', Item: { pk: { S: 'kept' } } })
      await first.stop()

      const second = await startDynamoDBLocal({ dbPath })
      started.push(second)
      const got = await call(second.endpoint, 'GetItem', {
        TableName: 'persisted',
        Key: { pk: { S: 'kept' } },
      })
      expect(got.json).toEqual({ Item: { pk: { S: 'kept' } } })
      await second.stop()
    } finally {
      rmSync(dbPath, { recursive: true, force: true })
    }
  })

  it('forgets data on restart when in memory', async () => {
    const local = await startDynamoDBLocal({ inMemory: true })
    started.push(local)
    await call(local.endpoint, 'CreateTable', createTable('ephemeral'))
    const port = local.port
    await local.stop()
    const again = await startDynamoDBLocal({ port })
    started.push(again)
    expect((await call(again.endpoint, 'ListTables', {})).json).toEqual({ TableNames: [] })
    await again.stop()
  })

  it('refuses a port that is already taken with PORT_IN_USE', async () => {
    const blocker = createServer()
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve))
    const address = blocker.address()
    const port = typeof address === 'object' && address ? address.port : 0
    try {
      const error = await startDynamoDBLocal({ port }).catch((e: unknown) => e)
      expect(isDynamoDBLocalError(error)).toBe(true)
      expect(error).toMatchObject({ code: 'PORT_IN_USE' })
      expect(String(error)).toContain(String(port))
    } finally {
      blocker.close()
    }
  })

  it('says how to install Java when none is found', async () => {
    const error = await startDynamoDBLocal({ javaPath: '/nonexistent/bin/java' }).catch((e: unknown) => e)
    expect(isDynamoDBLocalError(error)).toBe(true)
    expect(error).toMatchObject({ code: 'JAVA_NOT_FOUND' })
    expect((error as Error).message).toMatch(/apt-get install -y openjdk-17-jre-headless|brew install/)
  })

  it('names the missing jar folder', async () => {
    const error = await startDynamoDBLocal({ jarDir: '/nonexistent/emulator' }).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'JAR_NOT_FOUND' })
    expect((error as Error).message).toContain('/nonexistent/emulator')
  })

  it('reports DOCKER_UNAVAILABLE when the docker engine is asked for and none is reachable', async () => {
    const hadDocker = await import('node:fs').then((fs) => fs.existsSync('/var/run/docker.sock'))
    if (hadDocker) return // a reachable engine would start a container instead; covered where Docker exists
    const error = await startDynamoDBLocal({ engine: 'docker' }).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'DOCKER_UNAVAILABLE' })
  })
})
