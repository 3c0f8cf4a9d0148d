import { createRequestCounter } from '@dbtooling/dynamo-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOrm } from '../../src/index'
import { localClient, uniqueTableName } from '../support'

// Written as Stacks apps write them: snake_case columns for camelCase attributes, and an explicit index on
// the foreign key beside the belongsTo that already partitions bids by auction.
const Auction = {
  name: 'Auction',
  hasMany: ['Bid'],
  attributes: { title: { type: 'string', required: true, fillable: true } },
} as const
const Bid = {
  name: 'Bid',
  belongsTo: ['Auction'],
  indexes: [{ name: 'bids_auction_id_index', columns: ['auction_id'] }],
  attributes: {
    amount: { type: 'number', required: true, fillable: true },
    auctionId: { type: 'string', required: true, fillable: true },
  },
} as const

const counter = createRequestCounter()
const orm = createOrm({
  models: [Auction, Bid],
  client: localClient([counter]),
  design: { tableName: uniqueTableName('orm-folded-index') },
  setDefault: false,
})
const auctions = orm.model('Auction')
const bids = orm.model('Bid')

beforeAll(async () => {
  await orm.createTable()
  for (const id of ['a1', 'a2']) await auctions.create({ id, title: id })
  for (const amount of [5, 7, 9]) await bids.create({ auctionId: 'a1', amount })
  await bids.create({ auctionId: 'a2', amount: 1 })
}, 60_000)

afterAll(() => orm.dropTable())

describe("an index on a foreign key folded into the relation's entry", () => {
  it('has no GSI entry of its own: bids write two index entries (type list, auction), not three', () => {
    const bid = orm.design.entities.Bid
    expect(bid?.indexKeys.map((keys) => keys.accessPath)).toEqual(['type', 'parent:Auction:auctionId'])
    expect(orm.design.globalIndexes).toHaveLength(2)
  })

  it("where('auctionId', x) is one Query on the belongsTo Auction entry", async () => {
    const explained = bids.where('auctionId', 'a1').explain()
    const entry = orm.design.entities.Bid?.indexKeys.find((keys) => keys.reason === 'belongsTo Auction')
    expect(explained).toMatchObject({ operation: 'Query', index: entry?.index, reason: 'belongsTo Auction' })
    expect(explained.keyCondition).toBe(`${entry?.partitionKey.attribute} = "AUCTION#a1"`)
    counter.reset()
    const rows = await bids.where('auctionId', 'a1').get()
    expect([...rows].map((row) => row.getAttribute('amount')).sort()).toEqual([5, 7, 9])
    expect(counter.count()).toBe(1)
    expect(entry?.foldedIndexes).toEqual(['bids_auction_id_index'])
    const named = bids.query().useIndex('bids_auction_id_index').where('auctionId', 'a1').explain()
    expect(named.index).toBe(entry?.index)
    expect(counter.count('Query')).toBe(1)
  })
})
