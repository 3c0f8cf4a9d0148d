import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createOrm, KmsClient, KmsKeyProvider, Model, SecurityError } from '../../src/index'
import { localClient, uniqueTableName } from '../support'
import { blindIndexKey, patientDefinition, plaintextGuard } from './fixtures'

interface Received {
  headers: IncomingHttpHeaders
  body: Record<string, unknown>
}

/** A canned KMS: wraps data keys with its own AES key (so Decrypt really inverts GenerateDataKey), or fails on demand. */
const master = randomBytes(32)
const received: Received[] = []
let failWith: { status: number; body: Record<string, unknown> } | null = null
let server: Server
let endpoint = ''

function wrap(plaintext: Buffer): Buffer {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', master, iv)
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), body])
}

function unwrap(blob: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', master, blob.subarray(0, 12))
  decipher.setAuthTag(blob.subarray(12, 28))
  return Buffer.concat([decipher.update(blob.subarray(28)), decipher.final()])
}

function answer(target: string, body: Record<string, unknown>): Record<string, unknown> {
  const arn = `arn:aws:kms:eu-west-1:111122223333:key/${String(body.KeyId).replace(/^.*\//, '')}`
  if (target === 'TrentService.GenerateDataKey') {
    const plaintext = randomBytes(32)
    return {
      KeyId: arn,
      Plaintext: plaintext.toString('base64'),
      CiphertextBlob: wrap(plaintext).toString('base64'),
    }
  }
  if (target === 'TrentService.Decrypt') {
    return {
      KeyId: arn,
      Plaintext: unwrap(Buffer.from(String(body.CiphertextBlob), 'base64')).toString('base64'),
    }
  }
  return {
    KeyId: arn,
    CiphertextBlob: wrap(Buffer.from(String(body.Plaintext), 'base64')).toString('base64'),
  }
}

beforeAll(async () => {
  server = createServer((request, response) => {
    let text = ''
    request.on('data', (chunk) => {
      text += chunk
    })
    request.on('end', () => {
      const body = JSON.parse(text) as Record<string, unknown>
      received.push({ headers: request.headers, body })
      response.setHeader('x-amzn-requestid', 'req-123')
      response.setHeader('content-type', 'application/x-amz-json-1.1')
      if (failWith) {
        response.statusCode = failWith.status
        response.end(JSON.stringify(failWith.body))
        return
      }
      response.end(JSON.stringify(answer(String(request.headers['x-amz-target']), body)))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
beforeEach(() => {
  received.length = 0
  failWith = null
})

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret-never-sent' }
const kms = () => new KmsClient({ region: 'eu-west-1', endpoint, credentials })

describe('KMS client against a canned KMS server', () => {
  it('sends GenerateDataKey as a signed KMS JSON request and returns the key pair', async () => {
    const out = await kms().generateDataKey('alias/app', { purpose: 'test' })
    expect(out.plaintext).toHaveLength(32)
    expect(unwrap(out.ciphertext).equals(out.plaintext)).toBe(true)
    const [request] = received
    expect(request?.headers['x-amz-target']).toBe('TrentService.GenerateDataKey')
    expect(request?.headers['content-type']).toBe('application/x-amz-json-1.1')
    expect(request?.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/kms\/aws4_request, SignedHeaders=host;x-amz-date;x-amz-target, Signature=[0-9a-f]{64}$/,
    )
    expect(request?.headers['x-amz-date']).toMatch(/^\d{8}T\d{6}Z$/)
    expect(request?.body).toEqual({
      KeyId: 'alias/app',
      KeySpec: 'AES_256',
      EncryptionContext: { purpose: 'test' },
    })
    expect(JSON.stringify(request)).not.toContain('secret-never-sent')
  })

  it('sends Decrypt and Encrypt with base64 blobs, key id and context', async () => {
    const client = kms()
    const wrapped = await client.encrypt('key-1', Buffer.from('blind-index-key'), { purpose: 'blind' })
    expect(received[0]?.headers['x-amz-target']).toBe('TrentService.Encrypt')
    expect(received[0]?.body).toEqual({
      KeyId: 'key-1',
      Plaintext: Buffer.from('blind-index-key').toString('base64'),
      EncryptionContext: { purpose: 'blind' },
    })
    const plain = await client.decrypt('key-1', wrapped, { purpose: 'blind' })
    expect(plain.toString()).toBe('blind-index-key')
    expect(received[1]?.headers['x-amz-target']).toBe('TrentService.Decrypt')
    expect(received[1]?.body).toEqual({
      KeyId: 'key-1',
      CiphertextBlob: wrapped.toString('base64'),
      EncryptionContext: { purpose: 'blind' },
    })
  })

  it('turns a KMS error into KMS_ERROR naming the type, message and request id, with a hint', async () => {
    failWith = { status: 400, body: { __type: 'AccessDeniedException', message: 'not allowed to use key' } }
    const error = await kms()
      .generateDataKey('key-1', {})
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(SecurityError)
    expect((error as SecurityError).code).toBe('KMS_ERROR')
    expect((error as SecurityError).message).toContain('AccessDeniedException: not allowed to use key')
    expect((error as SecurityError).message).toContain('req-123')
    expect((error as SecurityError).hint).toContain('kms:GenerateDataKey')
    failWith = { status: 400, body: { __type: 'com.amazonaws.kms#NotFoundException', message: 'no key' } }
    const notFound = await kms()
      .decrypt('key-9', Buffer.from('x'), {})
      .catch((caught: unknown) => caught as SecurityError)
    expect((notFound as SecurityError).message).toContain('NotFoundException')
  })

  it('encrypts ORM items on DynamoDB Local with one GenerateDataKey and one Decrypt for many items', async () => {
    const tableName = uniqueTableName('kms')
    const guard = plaintextGuard()
    const orm = createOrm({
      models: [patientDefinition],
      client: localClient([guard]),
      design: { tableName },
      security: {
        encryption: {
          keys: new KmsKeyProvider({ keyId: 'key-1', region: 'eu-west-1', endpoint, credentials }),
          blindIndexKey,
        },
      },
      setDefault: false,
    })
    const Patient = Model(patientDefinition, orm)
    await orm.createTable()
    try {
      const ids: string[] = []
      for (let i = 0; i < 4; i++)
        ids.push((await Patient.create({ name: `P${i}`, diagnosis: 'hypertension' })).id)
      expect(received.map((request) => request.headers['x-amz-target'])).toEqual([
        'TrentService.GenerateDataKey',
      ])
      const reader = createOrm({
        models: [patientDefinition],
        client: localClient([guard]),
        design: { tableName },
        security: {
          encryption: {
            keys: new KmsKeyProvider({ keyId: 'key-1', region: 'eu-west-1', endpoint, credentials }),
            blindIndexKey,
          },
        },
        setDefault: false,
      })
      const rows = await Promise.all(ids.map((id) => Model(patientDefinition, reader).find(id)))
      expect(rows.map((row) => row?.diagnosis)).toEqual(ids.map(() => 'hypertension'))
      expect(
        received.filter((request) => request.headers['x-amz-target'] === 'TrentService.Decrypt'),
      ).toHaveLength(1)
      expect(received.at(-1)?.body.KeyId).toBe('arn:aws:kms:eu-west-1:111122223333:key/key-1')
      expect(guard.leaks).toEqual([])
    } finally {
      await orm.dropTable()
    }
  })
})
