/**
 * A value bound to a statement (a `?` parameter or a literal in the text).
 *
 * @example
 * ```ts
 * const values: SqlValue[] = ['t1', 18, null, true]
 * const rows = await sql.unsafe('SELECT * FROM users WHERE team_id = ? AND age > ?', values.slice(0, 2))
 * ```
 */
export type SqlValue =
  | string
  | number
  | boolean
  | bigint
  | null
  | Date
  | Uint8Array
  | readonly unknown[]
  | object

export type CompareOperator = '=' | '!=' | '<' | '<=' | '>' | '>='

/**
 * A WHERE clause as a tree over model attributes (columns already mapped to attribute names).
 *
 * @example
 * ```ts
 * const intent = toIntent('SELECT * FROM users WHERE team_id = ? AND age > ?', ['t1', 18], schema)
 * const where: Condition | null = intent.kind === 'select' ? intent.where : null // { kind: 'and', items: [...] }
 * ```
 */
export type Condition =
  | {
      readonly kind: 'compare'
      readonly field: string
      readonly op: CompareOperator
      readonly value: SqlValue
    }
  | {
      readonly kind: 'in'
      readonly field: string
      readonly values: readonly SqlValue[]
      readonly negated: boolean
    }
  | {
      readonly kind: 'between'
      readonly field: string
      readonly low: SqlValue
      readonly high: SqlValue
      readonly negated: boolean
    }
  | { readonly kind: 'beginsWith'; readonly field: string; readonly prefix: string }
  | { readonly kind: 'contains'; readonly field: string; readonly text: string }
  | { readonly kind: 'null'; readonly field: string; readonly negated: boolean }
  | { readonly kind: 'and'; readonly items: readonly Condition[] }
  | { readonly kind: 'or'; readonly items: readonly Condition[] }
  | { readonly kind: 'not'; readonly item: Condition }

/**
 * What a SELECT asks for: the model, the condition, the columns, the order, the limit, counts and the relations to load.
 *
 * @example
 * ```ts
 * const intent = toIntent('SELECT * FROM posts WHERE user_id = ? LIMIT 5', ['u1'], schema) as SelectIntent
 * console.log(intent.model, intent.limit) // 'Post' 5
 * ```
 */
export interface SelectIntent {
  readonly kind: 'select'
  /** Model name the table maps to. */
  readonly model: string
  readonly where: Condition | null
  /** Attributes to return; null for `*`. */
  readonly columns: readonly string[] | null
  readonly orderBy: { readonly field: string; readonly direction: 'asc' | 'desc' } | null
  readonly limit: number | null
  /** `SELECT COUNT(*) AS alias`: the alias the builder reads the count from. */
  readonly count: { readonly alias: string } | null
  /** `SELECT EXISTS (...) AS alias`. */
  readonly exists: { readonly alias: string } | null
  /** Relations loaded through the ORM's eager loader (the builder's `with()`). */
  readonly relations: readonly string[]
}

/**
 * What an INSERT asks for: the model and the rows (columns mapped to attributes).
 *
 * @example
 * ```ts
 * const intent = toIntent('INSERT INTO users (name, team_id) VALUES (?, ?)', ['Ada', 't1'], schema) as InsertIntent
 * console.log(intent.rows[0]) // { name: 'Ada', teamId: 't1' }
 * ```
 */
export interface InsertIntent {
  readonly kind: 'insert'
  readonly model: string
  readonly rows: readonly Readonly<Record<string, SqlValue>>[]
}

/**
 * What an UPDATE asks for: the model, the changes (columns mapped to attributes) and the WHERE condition.
 *
 * @example
 * ```ts
 * const intent = toIntent('UPDATE users SET name = ? WHERE id = ?', ['Ada', 'u1'], schema) as UpdateIntent
 * console.log(intent.changes) // { name: 'Ada' }
 * ```
 */
export interface UpdateIntent {
  readonly kind: 'update'
  readonly model: string
  readonly changes: Readonly<Record<string, SqlValue>>
  readonly where: Condition | null
}

/**
 * What a DELETE asks for: the model and the WHERE condition.
 *
 * @example
 * ```ts
 * const intent = toIntent('DELETE FROM posts WHERE id = ?', ['p1'], schema) as DeleteIntent
 * console.log(intent.model, intent.where)
 * ```
 */
export interface DeleteIntent {
  readonly kind: 'delete'
  readonly model: string
  readonly where: Condition | null
}

/**
 * Rows of a belongsToMany pivot table: edges attached through the owner's relation.
 *
 * @example
 * ```ts
 * const intent = toIntent('INSERT INTO role_user (user_id, role_id) VALUES (?, ?)', ['u1', 'r1'], schema) as AttachIntent
 * console.log(intent.owner, intent.relation, intent.rows.length)
 * ```
 */
export interface AttachIntent {
  readonly kind: 'attach'
  readonly owner: string
  readonly relation: string
  readonly rows: readonly {
    readonly ownerId: SqlValue
    readonly targetId: SqlValue
    readonly attributes: Readonly<Record<string, SqlValue>>
  }[]
}

/**
 * `DELETE FROM role_user WHERE user_id = ? [AND role_id = ?]`: edges detached (all of the owner's when no target).
 *
 * @example
 * ```ts
 * const intent = toIntent('DELETE FROM role_user WHERE user_id = ?', ['u1'], schema) as DetachIntent
 * console.log(intent.ownerId) // 'u1': every role edge of u1
 * ```
 */
export interface DetachIntent {
  readonly kind: 'detach'
  readonly owner: string
  readonly relation: string
  readonly ownerId: SqlValue
  readonly targetIds: readonly SqlValue[] | null
}

/**
 * What a statement asks for, independent of SQL: the driver executes it through the ORM.
 *
 * @example
 * ```ts
 * const intent: Intent = toIntent(text, values, schema)
 * if (intent.kind === 'select') console.log(intent.model, intent.limit)
 * ```
 */
export type Intent = SelectIntent | InsertIntent | UpdateIntent | DeleteIntent | AttachIntent | DetachIntent
