import { expect, test } from 'bun:test'
import { randomBytes } from 'node:crypto'
import { runLibrary } from '../src/library'

test('the bun-query-builder example runs on DynamoDB Local and reads back what each side wrote', async () => {
  const endpoint = process.env.DYNAMODB_ENDPOINT
  if (!endpoint) throw new Error('DYNAMODB_ENDPOINT is not set: run scripts/run-tests.sh')
  const lines: string[] = []
  const result = await runLibrary({
    endpoint,
    tableName: `bun-qb-example-${randomBytes(4).toString('hex')}`,
    log: (line) => lines.push(line),
  })
  expect(result.booksOfAuthor).toBe(2)
  expect(result.plan.costClass).toBe('Query (bounded partition)')
  expect(result.prefixTitles).toEqual(['The Dispossessed', 'The Left Hand of Darkness'])
  expect(String(result.prefixRequest?.input.KeyConditionExpression)).toContain('begins_with')
  expect(result.countBoth).toBe(3)
  // IN on the foreign key: one COUNT Query per author, as the ORM's whereIn fan-out sends.
  expect(result.countRequests).toBe(2)
  expect(result.lemWithBooks.books.map((book) => book.title)).toEqual(['Solaris'])
  expect(result.lemBooks).toEqual(['Fiasco', 'Solaris'])
  expect(lines.join('\n')).toContain('TransactWriteItems  3 actions')
})
