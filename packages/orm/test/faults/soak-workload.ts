import { type DynamoClient, isDynamoDBError } from '@dbtooling/dynamo-client'
import { Account, Note } from '../write-ops/support/fixtures'
import type { OrmPathContext } from './orm-paths'

/** What the workers did, for exact accounting afterwards. */
export interface SoakLedger {
  notesCreated: Set<string>
  accountsCreated: Set<string>
  transactions: Set<string>
  notesSaved: Set<string>
  counterIncrements: number
  reads: number
  readMisses: number
  failed: Record<string, number>
  operations: number
}

export function newLedger(): SoakLedger {
  return {
    notesCreated: new Set(),
    accountsCreated: new Set(),
    transactions: new Set(),
    notesSaved: new Set(),
    counterIncrements: 0,
    reads: 0,
    readMisses: 0,
    failed: {},
    operations: 0,
  }
}

type Step = (ctx: SoakContext, id: string) => Promise<void>
export interface SoakContext extends OrmPathContext {
  faulty: DynamoClient
  ledger: SoakLedger
  counterKey: { pk: { S: string }; sk: { S: string } }
}

const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(Math.random() * list.length)]

/** The mix: creates, unique-guarded creates, reads, saves, transactions, idempotent counter increments. */
const STEPS: readonly Step[] = [
  async (ctx, id) => {
    await Note.create({ id, body: 'soak' })
    ctx.ledger.notesCreated.add(id)
  },
  async (ctx, id) => {
    await Account.create({ id, email: `${id}@soak.io` })
    ctx.ledger.accountsCreated.add(id)
  },
  async (ctx) => {
    const id = pick([...ctx.ledger.notesCreated])
    if (!id) return
    ctx.ledger.reads += 1
    if (!(await Note.find(id))) ctx.ledger.readMisses += 1
  },
  async (ctx) => {
    const id = pick([...ctx.ledger.notesCreated].filter((candidate) => !ctx.ledger.notesSaved.has(candidate)))
    if (!id) return
    const note = await Note.findOrFail(id)
    note.body = 'saved'
    await note.save()
    ctx.ledger.notesSaved.add(id)
  },
  async (ctx, id) => {
    await ctx.orm.transaction(async (trx) => {
      await trx.create(Account, { id: `t${id}`, email: `t${id}@soak.io` })
      await trx.create(Note, { id: `t${id}`, body: 'in transaction' })
    })
    ctx.ledger.transactions.add(`t${id}`)
  },
  async (ctx) => {
    await ctx.faulty.updateItem(
      {
        TableName: ctx.table,
        Key: ctx.counterKey,
        UpdateExpression: 'ADD c :one',
        ExpressionAttributeValues: { ':one': { N: '1' } },
      },
      { idempotent: true },
    )
    ctx.ledger.counterIncrements += 1
  },
]

/** One worker: steps in a random mix until the deadline. */
export async function soakWorker(ctx: SoakContext, worker: number, deadline: number): Promise<void> {
  for (let n = 0; Date.now() < deadline; n++) {
    const step = pick(STEPS)!
    const id = `${ctx.tag}-w${worker}-${n}`
    ctx.ledger.operations += 1
    try {
      await step(ctx, id)
    } catch (error) {
      const code = isDynamoDBError(error) ? error.code : String((error as { code?: unknown }).code ?? 'Error')
      ctx.ledger.failed[code] = (ctx.ledger.failed[code] ?? 0) + 1
    }
  }
}
