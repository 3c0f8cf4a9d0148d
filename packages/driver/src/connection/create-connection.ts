import { contextOf, Transaction } from '@dbtooling/orm'
import { DriverError } from '../errors'
import { runPivot } from '../execute/run-pivot'
import { runSelect, selectQuery } from '../execute/run-select'
import { runWrite } from '../execute/run-write'
import { toIntent } from '../intent/to-intent'
import type { Intent } from '../intent/types'
import type { DriverOrm } from '../orm-handle'
import { SchemaMap } from '../schema-map'
import { compose, helper, SqlQuery, type StatementRunner } from './sql-query'

/**
 * What `explain(text, values)` returns: the intent, and for a SELECT the ORM's own explanation.
 *
 * @example
 * ```ts
 * const explained: StatementExplanation = createDynamoConnection(orm).explain('SELECT * FROM users WHERE team_id = ?', ['t1'])
 * console.log(explained.intent.kind, explained.plan)
 * ```
 */
export interface StatementExplanation {
  readonly intent: Intent
  /** `Model.query()...explain()` for the same intent (index, key condition, cost class, warnings). */
  readonly plan: unknown
  /** The exact first request the ORM would send for a SELECT (`toQuery()`); null for writes. */
  readonly request: unknown
}

/**
 * The connection bun-query-builder executes through (`createQueryBuilder({ sql: connection })`): Bun's
 * `sql` shape (tagged template, `sql(identifier)`, `unsafe`, `begin`, `savepoint`) over DynamoDB.
 *
 * @example
 * ```ts
 * const sql: DynamoConnection = createDynamoConnection(orm)
 * const rows = await sql.unsafe('SELECT * FROM users WHERE id = ?', ['u1'])
 * console.log(sql.explain('SELECT * FROM users WHERE team_id = ?', ['t1']).plan)
 * ```
 */
export interface DynamoConnection {
  (strings: TemplateStringsArray, ...values: unknown[]): SqlQuery
  (identifierOrList: string | readonly unknown[]): SqlQuery
  unsafe(text: string, values?: readonly unknown[]): SqlQuery
  /** Runs `fn` with a connection whose writes are gathered into ONE TransactWriteItems, sent when it returns. */
  begin<R>(fn: (tx: DynamoConnection) => R | Promise<R>): Promise<R>
  /** Inside `begin`: writes of `fn` join the transaction only if `fn` returns; if it throws they are dropped. */
  savepoint<R>(fn: (savepoint: DynamoConnection) => R | Promise<R>): Promise<R>
  /** What a statement would do, without sending anything. */
  explain(text: string, values?: readonly unknown[]): StatementExplanation
  readonly orm: DriverOrm
}

interface Scope {
  readonly orm: DriverOrm
  readonly schema: SchemaMap
  readonly trx: Transaction | null
  /** After-commit steps of savepoints folded into the transaction. */
  readonly settles: Array<() => Promise<void>>
}

/**
 * A connection that runs bun-query-builder's statements through the ORM's compiler and client.
 *
 * @example
 * ```ts
 * const sql = createDynamoConnection(orm)
 * const users = await sql`SELECT * FROM users WHERE team_id = ${'t1'}` // one Query on the belongsTo index
 * ```
 */
export function createDynamoConnection(orm: DriverOrm): DynamoConnection {
  return connectionFor({ orm, schema: new SchemaMap(orm.design), trx: null, settles: [] })
}

function connectionFor(scope: Scope): DynamoConnection {
  const run: StatementRunner = (text, values) => runStatement(scope, text, values)
  const sql = (first: unknown, ...rest: unknown[]): SqlQuery =>
    isTemplate(first) ? compose(first, rest, run) : helper(first, run)
  return Object.assign(sql, {
    unsafe: (text: string, values: readonly unknown[] = []) => new SqlQuery(text, [...values], run),
    begin: <R>(fn: (tx: DynamoConnection) => R | Promise<R>) => begin(scope, fn),
    savepoint: <R>(fn: (savepoint: DynamoConnection) => R | Promise<R>) => savepoint(scope, fn),
    explain: (text: string, values: readonly unknown[] = []) => explain(scope, text, values),
    orm: scope.orm,
  }) as DynamoConnection
}

async function runStatement(scope: Scope, text: string, values: readonly unknown[]): Promise<unknown[]> {
  const intent = toIntent(text, values, scope.schema)
  if (intent.kind === 'select') return runSelect(scope.orm, intent)
  if (intent.kind === 'attach' || intent.kind === 'detach') return runPivot(scope.orm, intent, scope.trx)
  return runWrite(scope.orm, intent, scope.trx)
}

async function begin<R>(scope: Scope, fn: (tx: DynamoConnection) => R | Promise<R>): Promise<R> {
  if (scope.trx) return savepoint(scope, fn)
  const settles: Array<() => Promise<void>> = []
  const result = await scope.orm.transaction((trx) => fn(connectionFor({ ...scope, trx, settles })))
  for (const settle of settles) await settle()
  return result
}

async function savepoint<R>(scope: Scope, fn: (savepoint: DynamoConnection) => R | Promise<R>): Promise<R> {
  if (!scope.trx) {
    throw new DriverError('NOT_IN_TRANSACTION', 'savepoint() runs only inside begin()', {
      hint: 'call it on the connection begin() passes to its callback',
    })
  }
  const child = new Transaction(contextOf(scope.orm))
  const result = await fn(connectionFor({ ...scope, trx: child }))
  // Reached only when fn returned: its writes join the enclosing transaction; a throw drops them.
  scope.trx.addPlan(child.plan())
  scope.settles.push(() => child.settle())
  return result
}

function explain(scope: Scope, text: string, values: readonly unknown[]): StatementExplanation {
  const intent = toIntent(text, values, scope.schema)
  if (intent.kind !== 'select') return { intent, plan: null, request: null }
  const query = selectQuery(scope.orm, intent)
  return { intent, plan: query.explain(), request: query.toQuery() }
}

function isTemplate(value: unknown): value is TemplateStringsArray {
  return Array.isArray(value) && 'raw' in value
}
