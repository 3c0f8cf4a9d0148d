import { createRequestCounter, DynamoClient, type RequestCounter } from '@dbtooling/dynamo-client'
import { createOrm, type Orm } from '@dbtooling/orm'
import { lambdaModels } from './note-model'

export type NoteEvent =
  | { readonly action: 'create'; readonly userId: string; readonly title: string }
  | { readonly action: 'list'; readonly userId: string }
  | { readonly action: 'get'; readonly id: string }

export interface NoteResponse {
  readonly statusCode: number
  readonly body: unknown
  /** True for the invocation that created the client and the ORM (the cold one). */
  readonly cold: boolean
  /** What this invocation sent, from the client's request counter (`Query x1`). */
  readonly sent: string
}

export type LambdaOrm = Orm<typeof lambdaModels>

export interface HandlerOptions {
  /** Default: the `TABLE_NAME` environment variable. */
  readonly tableName?: string
  /** Default: `DYNAMODB_ENDPOINT` (DynamoDB Local); unset in AWS, where the region's endpoint is used. */
  readonly endpoint?: string
  /** Called once, when the first invocation has created the ORM (tests attach observers here). */
  readonly onInit?: (orm: LambdaOrm) => void
}

interface Resources {
  readonly orm: LambdaOrm
  readonly counter: RequestCounter
}

function createResources(options: HandlerOptions): Resources {
  const endpoint = options.endpoint ?? process.env.DYNAMODB_ENDPOINT
  const local = endpoint !== undefined
  // Created once per container and reused: its keep-alive connection and cached signing key survive between invocations.
  const client = new DynamoClient({
    region: process.env.AWS_REGION ?? 'us-east-1',
    ...(local ? { endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  })
  const tableName = options.tableName ?? process.env.TABLE_NAME ?? 'notes'
  const orm = createOrm({ models: lambdaModels, client, design: { tableName }, setDefault: false })
  const counter = createRequestCounter()
  client.use(counter)
  options.onInit?.(orm)
  return { orm, counter }
}

function sentSince(counter: RequestCounter, before: Readonly<Record<string, number>>): string {
  const parts = Object.entries(counter.counts)
    .map(([operation, total]) => [operation, (total ?? 0) - (before[operation] ?? 0)] as const)
    .filter(([, delta]) => delta > 0)
    .map(([operation, delta]) => `${operation} x${delta}`)
  return parts.length === 0 ? 'none' : parts.join(', ')
}

async function answer(orm: LambdaOrm, event: NoteEvent): Promise<{ statusCode: number; body: unknown }> {
  const Note = orm.model('Note')
  if (event.action === 'create') {
    const note = await Note.create({ userId: event.userId, title: event.title })
    return { statusCode: 201, body: note.toJSON() }
  }
  if (event.action === 'list') {
    const notes = await Note.where('userId', event.userId).latest().get()
    return { statusCode: 200, body: notes.toJSON() }
  }
  const note = await Note.find(event.id)
  return note ? { statusCode: 200, body: note.toJSON() } : { statusCode: 404, body: { message: 'not found' } }
}

/**
 * A Lambda handler over the notes table. The client and ORM are built on the first invocation and kept in
 * the closure, so later invocations of the same container reuse them: `export const handler = createHandler()`.
 */
export function createHandler(options: HandlerOptions = {}): (event: NoteEvent) => Promise<NoteResponse> {
  let resources: Resources | undefined
  return async (event) => {
    const cold = resources === undefined
    resources ??= createResources(options)
    const before = { ...resources.counter.counts } as Record<string, number>
    const { statusCode, body } = await answer(resources.orm, event)
    return { statusCode, body, cold, sent: sentSince(resources.counter, before) }
  }
}

/** The entry point AWS Lambda calls (TABLE_NAME from the function's environment). */
export const handler = createHandler()
