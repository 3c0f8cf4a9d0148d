import { createRequestCounter } from '@dbtooling/dynamo-client'
import { defineModel } from '@dbtooling/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bucketOf, bucketsBetween, createOrm, sharded, shardOf, timeSeries } from '../../src/index'
import { localClient, uniqueTableName } from '../support'

const Reading = defineModel({
  name: 'Reading',
  primaryKey: ['sensorId', 'bucket', 'at'],
  keys: { pk: 'READING#{sensorId}#{bucket}', sk: 'AT#{at}' },
  attributes: {
    sensorId: { type: 'string', fillable: true },
    bucket: { type: 'string', fillable: true },
    at: { type: 'string', fillable: true },
    value: { type: 'number', fillable: true },
  },
} as const)

const Vote = defineModel({
  name: 'Vote',
  primaryKey: ['pollId', 'shard', 'voter'],
  keys: { pk: 'VOTE#{pollId}#{shard}', sk: 'VOTER#{voter}' },
  attributes: {
    pollId: { type: 'string', fillable: true },
    shard: { type: 'number', fillable: true },
    voter: { type: 'string', fillable: true },
    choice: { type: 'string', fillable: true },
  },
} as const)

const counter = createRequestCounter()
const orm = createOrm({
  models: [Reading, Vote],
  client: localClient([counter]),
  design: { tableName: uniqueTableName('orm-timeseries') },
  setDefault: false,
})
const readings = timeSeries(orm.model('Reading'), { time: 'at', bucketField: 'bucket', bucket: 'day' })
const votes = sharded(orm.model('Vote'), { shards: 4, shardField: 'shard', by: 'voter' })

beforeAll(async () => {
  await orm.createTable()
  for (const day of ['01', '02', '03', '04'])
    for (const hour of ['06', '18'])
      await readings.create({ sensorId: 's1', at: `2024-01-${day}T${hour}:00:00.000Z`, value: Number(day) })
  await readings.create({ sensorId: 's2', at: '2024-01-02T06:00:00.000Z', value: 99 })
  for (let index = 0; index < 40; index++)
    await votes.create({ pollId: 'p1', voter: `v${index}`, choice: index % 3 === 0 ? 'yes' : 'no' })
}, 60_000)

afterAll(() => orm.dropTable())

describe('buckets (pure)', () => {
  it('names buckets in UTC and lists them in order', () => {
    expect(bucketOf('2024-03-05T23:30:00Z', 'day')).toBe('2024-03-05')
    expect(bucketOf('2024-03-05T23:30:00Z', 'month')).toBe('2024-03')
    expect(bucketOf('2024-03-05T23:30:00Z', 'hour')).toBe('2024-03-05T23')
    expect(bucketsBetween('2024-01-30T10:00:00Z', '2024-02-02T00:00:00Z', 'day')).toEqual([
      '2024-01-30',
      '2024-01-31',
      '2024-02-01',
      '2024-02-02',
    ])
    expect(bucketsBetween('2023-11-15', '2024-02-01', 'month')).toEqual([
      '2023-11',
      '2023-12',
      '2024-01',
      '2024-02',
    ])
  })

  it('shardOf is stable and spreads keys', () => {
    expect(shardOf('v1', 4)).toBe(shardOf('v1', 4))
    const used = new Set(Array.from({ length: 40 }, (_, index) => shardOf(`v${index}`, 4)))
    expect(used.size).toBe(4)
  })
})

describe('time-bucketed partitions', () => {
  it('writes land in the bucket of their time', async () => {
    const raw = await orm.doc.get({
      TableName: orm.tableName,
      Key: { pk: 'READING#s1#2024-01-02', sk: 'AT#2024-01-02T18:00:00.000Z' },
    })
    expect(raw.Item?.value).toBe(2)
  })

  it('a range reads one Query per bucket, in order, only the key asked for', async () => {
    counter.reset()
    const rows = await readings.range(
      { sensorId: 's1' },
      '2024-01-02T00:00:00.000Z',
      '2024-01-03T12:00:00.000Z',
    )
    expect(rows.map((row) => row.getAttribute('at'))).toEqual([
      '2024-01-02T06:00:00.000Z',
      '2024-01-02T18:00:00.000Z',
      '2024-01-03T06:00:00.000Z',
    ])
    expect(counter.counts).toEqual({ Query: 2 })
  })

  it('newest first with a limit stops before older buckets', async () => {
    counter.reset()
    const rows = await readings.range(
      { sensorId: 's1' },
      '2024-01-01T00:00:00.000Z',
      '2024-01-04T23:00:00.000Z',
      {
        order: 'desc',
        limit: 3,
      },
    )
    expect(rows.map((row) => row.getAttribute('at'))).toEqual([
      '2024-01-04T18:00:00.000Z',
      '2024-01-04T06:00:00.000Z',
      '2024-01-03T18:00:00.000Z',
    ])
    expect(counter.counts).toEqual({ Query: 2 })
  })
})

describe('composite primary keys', () => {
  it('find by every key attribute is one GetItem; a leading part is one Query', async () => {
    const Readings = orm.model('Reading')
    counter.reset()
    const one = await Readings.find({ sensorId: 's1', bucket: '2024-01-03', at: '2024-01-03T06:00:00.000Z' })
    expect(one?.value).toBe(3)
    expect(counter.counts).toEqual({ GetItem: 1 })
    counter.reset()
    const day = await Readings.query().where('sensorId', 's1').where('bucket', '2024-01-04').get()
    expect(day.count()).toBe(2)
    expect(counter.counts).toEqual({ Query: 1 })
  })
})

describe('write sharding', () => {
  it('spreads writes over the shards and scatter-gathers every one back', async () => {
    for (let shard = 0; shard < 4; shard++) {
      const output = await orm.doc.query({
        TableName: orm.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': `VOTE#p1#${shard}` },
      })
      expect(output.Items?.length ?? 0).toBeGreaterThan(0)
    }
    counter.reset()
    const all = await votes.scatter({ pollId: 'p1' })
    expect(all).toHaveLength(40)
    expect(counter.counts).toEqual({ Query: 4 })
    const yes = await votes.scatter({ pollId: 'p1' }, (query) => query.where('choice', 'yes'))
    expect(yes).toHaveLength(14)
  })
})
