import { expect, test } from 'bun:test'
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { createRequestCounter } from '@dbtooling/dynamo-client'
import { runLibrary } from '../src/library'

const exampleDir = fileURLToPath(new URL('..', import.meta.url))

function endpoint(): string {
  const value = process.env.DYNAMODB_ENDPOINT
  if (!value) throw new Error('DYNAMODB_ENDPOINT is not set: run scripts/run-tests.sh')
  return value
}

const tableName = () => `bun-qb-example-${randomBytes(4).toString('hex')}`

/** The operations the printed `-> Operation ...` lines name, counted. */
function printedCounts(lines: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const line of lines.join('\n').split('\n')) {
    const match = /^\s+-> (\w+)/.exec(line)
    if (match?.[1] && match[1] !== 'no') counts[match[1]] = (counts[match[1]] ?? 0) + 1
  }
  return counts
}

/** `bun src/main.ts` (the README's command) as a process; its stdout and exit code. */
function runDemo(env: Record<string, string>): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['src/main.ts'], {
      cwd: exampleDir,
      env: { ...process.env, ...env },
    })
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
    })
    child.on('error', reject)
    child.on('exit', (code) => resolve({ code, stdout }))
  })
}

const printed: string[] = []

test('the example reads back what each side wrote, and prints exactly the requests the client sent', async () => {
  const counter = createRequestCounter()
  const result = await runLibrary({
    endpoint: endpoint(),
    tableName: tableName(),
    log: (line) => printed.push(line),
    onReady: (orm) => orm.client.use(counter),
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
  expect(printed.join('\n')).toContain('TransactWriteItems  3 actions')
  // Every request the counter saw (from the first statement to the table's drop) is printed, and nothing else.
  expect(printedCounts(printed)).toEqual(counter.counts)
})

test('the demo command runs as a process and prints the same steps and requests', async () => {
  const { code, stdout } = await runDemo({ DYNAMODB_ENDPOINT: endpoint(), DBTOOLING_TABLE_NAME: tableName() })
  expect(code).toBe(0)
  expect(stdout.trimEnd().split('\n')).toEqual(printed.join('\n').split('\n'))
})
