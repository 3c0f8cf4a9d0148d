/**
 * A small library on DynamoDB Local through bun-query-builder: SQL-builder calls and the builder's
 * DynamoDB module, both on the table our ORM designs from ./models and dbtooling.config.ts. Every line it
 * prints about a request comes from the client's request log and the ORM's explain(), never by hand.
 */
import { fileURLToPath } from 'node:url'
import { createDynamoQueryBuilder, loadOrm, registerDynamoDBDriver } from '@dbtooling/driver'
import * as bqb from 'bun-query-builder'
import { dynamo as dynamoModule } from 'bun-query-builder/dynamodb'

const exampleDir = fileURLToPath(new URL('..', import.meta.url))

type LibraryOrm = Awaited<ReturnType<typeof loadOrm>>

export interface LibraryOptions {
  readonly endpoint: string
  readonly tableName?: string
  readonly log: (line: string) => void
  /** Called once the table exists, before the first statement (the tests attach a request counter here). */
  readonly onReady?: (orm: LibraryOrm) => void
}

interface Sent {
  readonly operation: string
  readonly input: Readonly<Record<string, unknown>>
}

export async function runLibrary({ endpoint, tableName, log, onReady }: LibraryOptions) {
  const env = {
    ...process.env,
    DBTOOLING_ENDPOINT: endpoint,
    ...(tableName ? { DBTOOLING_TABLE_NAME: tableName } : {}),
  }
  const orm = await loadOrm({ cwd: exampleDir, env, setDefault: false })
  const sent: Sent[] = []
  orm.client.use({
    name: 'example-log',
    onRequest: (event) => {
      if (event.attempt === 1) sent.push({ operation: event.operation, input: event.input as Sent['input'] })
    },
  })
  await orm.createTable()
  onReady?.(orm)
  const db = createDynamoQueryBuilder(orm, bqb)
  const dynamo = await registerDynamoDBDriver({ orm, dynamo: dynamoModule })

  const step = async <T>(label: string, run: () => Promise<T>): Promise<{ value: T; requests: Sent[] }> => {
    const from = sent.length
    const value = await run()
    const requests = sent.slice(from)
    log(`${label}\n    -> ${requests.map(describeRequest).join('\n    -> ') || 'no request'}`)
    return { value, requests }
  }

  await step('INSERT 2 authors (one statement: one TransactWriteItems)', () =>
    db
      .insertInto('authors')
      .values([
        { id: 'le-guin', name: 'Ursula K. Le Guin', country: 'US' },
        { id: 'lem', name: 'Stanislaw Lem', country: 'PL' },
      ])
      .execute(),
  )
  await step('INSERT 3 books in one transaction()', () =>
    db.transaction(async (tx) => {
      await tx
        .insertInto('books')
        .values({ id: 'b1', title: 'The Dispossessed', genre: 'sf', year: 1974, author_id: 'le-guin' })
        .execute()
      await tx
        .insertInto('books')
        .values({
          id: 'b2',
          title: 'The Left Hand of Darkness',
          genre: 'sf',
          year: 1969,
          author_id: 'le-guin',
        })
        .execute()
      await tx
        .insertInto('books')
        .values({ id: 'b3', title: 'Solaris', genre: 'sf', year: 1961, author_id: 'lem' })
        .execute()
    }),
  )
  const byAuthor = await step("SELECT books WHERE author_id = 'le-guin'", () =>
    db.selectFrom('books').where('author_id', '=', 'le-guin').get(),
  )
  const plan = db.sql.explain('SELECT * FROM books WHERE author_id = ?', ['le-guin']).plan as {
    costClass: string
    index: string | null
    keyCondition: string | null
  }
  log(`    explain(): ${plan.costClass} on ${plan.index ?? 'the table'}, ${plan.keyCondition}`)
  const prefix = await step("SELECT books WHERE genre = 'sf' AND title LIKE 'The%'", () =>
    db.selectFrom('books').where('genre', '=', 'sf').where('title', 'like', 'The%').get(),
  )
  const fanOut = await step("SELECT COUNT(*) books WHERE author_id IN ('le-guin', 'lem')", () =>
    db
      .selectFrom('books')
      .where(['author_id', 'in', ['le-guin', 'lem']])
      .count(),
  )
  // with() is optional in 0.1.13's types (the builder adds it when it has relation metadata).
  const authors = db.selectFrom('authors')
  if (!authors.with) throw new Error('this bun-query-builder has no with()')
  const withBooks = await step("SELECT authors WITH books WHERE id = 'lem'", () =>
    (authors.with as NonNullable<typeof authors.with>)('books').where('id', '=', 'lem').first(),
  )
  await step('bun-query-builder/dynamodb: transactWrite a book (keys derived from our design)', () =>
    dynamo.transactWrite([
      {
        put: {
          entity: 'Book',
          item: { id: 'b4', title: 'Fiasco', genre: 'sf', year: 1986, authorId: 'lem' },
        },
      },
    ]),
  )
  const lemBooks = await step('ORM: Author lem, books() (reads what the module wrote)', async () => {
    const lem = await orm.model('Author').findOrFail('lem')
    const books = await orm
      .model('Book')
      .query()
      .where('authorId', String(lem.get('id')))
      .get()
    return books.map((book) => String(book.get('title')))
  })
  await step('drop the example table (and wait until it is gone)', () => orm.dropTable())
  return {
    booksOfAuthor: byAuthor.value.length,
    prefixTitles: prefix.value.map((row) => String(row.title)).sort(),
    countBoth: fanOut.value,
    countRequests: fanOut.requests.length,
    lemWithBooks: withBooks.value as { name: string; books: { title: string }[] },
    lemBooks: [...lemBooks.value].sort(),
    plan,
    prefixRequest: prefix.requests[0],
  }
}

function describeRequest({ operation, input }: Sent): string {
  const parts = [operation]
  if (typeof input.IndexName === 'string') parts.push(`IndexName=${input.IndexName}`)
  if (typeof input.KeyConditionExpression === 'string')
    parts.push(`KeyCondition: ${input.KeyConditionExpression}`)
  if (Array.isArray(input.TransactItems)) parts.push(`${input.TransactItems.length} actions`)
  if (input.Select === 'COUNT') parts.push('Select=COUNT')
  return parts.join('  ')
}
