import type { AttributeMap } from '@dbtooling/dynamo-client'
import { defineModel } from '@dbtooling/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copyTable, createOrm, TransferError } from '../../src/index'
import { localClient, uniqueTableName } from '../support'

const User = defineModel({
  name: 'User',
  traits: { useTimestamps: true },
  attributes: {
    id: { type: 'string', fillable: true },
    email: { type: 'string', unique: true, fillable: true, required: true },
    name: { type: 'string', fillable: true },
    teamId: { type: 'string', fillable: true },
  },
} as const)
const Note = defineModel({
  name: 'Note',
  attributes: {
    id: { type: 'string', fillable: true },
    body: { type: 'string', fillable: true },
    userId: { type: 'string', fillable: true },
  },
} as const)

const makeOrm = (tableName: string) =>
  createOrm({ models: [User, Note], client: localClient(), design: { tableName }, setDefault: false })

async function scanAll(orm: ReturnType<typeof makeOrm>): Promise<AttributeMap[]> {
  const items: AttributeMap[] = []
  for await (const page of orm.client.paginateScan({ TableName: orm.tableName }))
    items.push(...((page.Items ?? []) as AttributeMap[]))
  return items
}

describe('copyTable with anonymisation against DynamoDB Local', { timeout: 120_000 }, () => {
  const source = makeOrm(uniqueTableName('copy-src'))
  const targets: Array<ReturnType<typeof makeOrm>> = []
  const freshTarget = async () => {
    const target = makeOrm(uniqueTableName('copy-dst'))
    await target.createTable()
    targets.push(target)
    return target
  }

  beforeAll(async () => {
    await source.createTable()
    for (let i = 0; i < 20; i++) {
      await source
        .model('User')
        .create({ id: `u${i}`, email: `person${i}@corp.example`, name: `Real Person ${i}`, teamId: 't1' })
    }
    await source
      .model('Note')
      .insertMany(
        Array.from({ length: 30 }, (_, i) => ({ id: `n${i}`, body: `note ${i}`, userId: `u${i % 20}` })),
      )
  })

  afterAll(async () => {
    await Promise.all([source, ...targets].map((orm) => orm.dropTable()))
  })

  it('copies everything as it is without transforms', async () => {
    const target = await freshTarget()
    const result = await copyTable(source, target, { segments: 2 })
    const [a, b] = [await scanAll(source), await scanAll(target)]
    expect(result.read).toBe(a.length)
    const key = (i: AttributeMap) => JSON.stringify([i.pk, i.sk])
    expect(b.map(key).sort()).toEqual(a.map(key).sort())
  })

  it('fakes emails and hashes names deterministically; guards follow the new emails; relations keep their ids', async () => {
    const transforms = { User: { email: 'fake', name: 'hash' } } as const
    const first = await freshTarget()
    const second = await freshTarget()
    const result = await copyTable(source, first, { transforms, secret: 'copy-secret-123' })
    await copyTable(source, second, { transforms, secret: 'copy-secret-123' })
    expect(result).toMatchObject({ transformed: 20, guardsRebuilt: 20 })

    const users = (await first.model('User').query().get()).all()
    expect(users).toHaveLength(20)
    const emails = users.map((u) => String(u.email))
    expect(emails.every((e) => e.endsWith('@example.com'))).toBe(true)
    expect(new Set(emails).size).toBe(20)
    expect(users.every((u) => /^[0-9a-f]{32}$/.test(String(u.name)))).toBe(true)
    const again = (await second.model('User').query().get()).all()
    expect(new Map(again.map((u) => [u.id, u.email]))).toEqual(new Map(users.map((u) => [u.id, u.email])))

    const text = JSON.stringify(await scanAll(first))
    expect(text).not.toContain('corp.example')
    expect(text).not.toContain('Real Person')
    const u3 = users.find((u) => u.id === 'u3')!
    expect((await first.model('User').where('email', String(u3.email)).first())?.id).toBe('u3')
    expect(await first.model('Note').where('userId', 'u3').count()).toBe(2)
    expect(await first.model('Note').query().count()).toBe(30)
  })

  it('refuses to transform a key attribute and needs a secret for hash and fake', async () => {
    const target = await freshTarget()
    await expect(
      copyTable(source, target, { transforms: { User: { id: 'hash' } }, secret: 'copy-secret-123' }),
    ).rejects.toThrow(/part of the item's key/)
    await expect(
      copyTable(source, target, { transforms: { User: { email: 'fake' } } }),
    ).rejects.toBeInstanceOf(TransferError)
  })
})
