import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ClockSkew } from '../../src/client/clock-skew'
import { AuthenticationError, DynamoClient, InternalServerError, ValidationError } from '../../src/index'
import { type CannedServer, dynamoError, startCannedServer } from '../support/canned-server'

let server: CannedServer

beforeAll(async () => {
  server = await startCannedServer()
})
afterAll(async () => {
  await server.close()
})

/** `20261125T154700Z` -> epoch ms. */
function parseAmzDate(value: string): number {
  const iso = `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}T${value.slice(9, 11)}:${value.slice(11, 13)}:${value.slice(13, 15)}Z`
  return Date.parse(iso)
}

describe('clock skew correction', () => {
  it('re-signs with the server time after a "Signature expired" rejection, and keeps it', async () => {
    const serverNow = () => Date.now() + 60 * 60_000 // the server is an hour ahead of this machine
    server.fallback = (request) => {
      const skew = Math.abs(parseAmzDate(String(request.headers['x-amz-date'])) - serverNow())
      const date = new Date(serverNow()).toUTCString()
      if (skew > 5 * 60_000) {
        return {
          ...dynamoError('InvalidSignatureException', 'Signature expired: is now earlier than ...'),
          headers: { date },
        }
      }
      return { body: { TableNames: [] }, headers: { date } }
    }
    const client = new DynamoClient({
      endpoint: server.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
      maxRetries: 0,
    })
    await expect(client.listTables()).resolves.toEqual({ TableNames: [] })
    expect(server.requests).toHaveLength(2)
    // Later calls sign with the corrected time straight away.
    await client.listTables()
    expect(server.requests).toHaveLength(3)
    await client.close()
  })

  it('ignores errors that are not about signatures, and small differences', () => {
    const clock = new ClockSkew()
    const farAhead = new Date(Date.now() + 3_600_000).toUTCString()
    expect(clock.correct(new ValidationError({ message: 'x' }), farAhead)).toBe(false)
    expect(clock.correct(new InternalServerError({ message: 'x' }), farAhead)).toBe(false)
    const signature = new AuthenticationError({
      code: 'InvalidSignatureException',
      message: 'Signature expired',
    })
    expect(clock.correct(signature, new Date(Date.now() + 60_000).toUTCString())).toBe(false)
    expect(clock.correct(signature, undefined)).toBe(false)
    expect(clock.correct(signature, farAhead)).toBe(true)
    expect(clock.now()!.getTime()).toBeGreaterThan(Date.now() + 3_500_000)
  })
})
