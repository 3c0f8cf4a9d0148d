/** A value bound to a statement (a `?` parameter or a literal in the text). */
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

/** A WHERE clause as a tree over model attributes (columns already mapped to attribute names). */
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

export interface InsertIntent {
  readonly kind: 'insert'
  readonly model: string
  readonly rows: readonly Readonly<Record<string, SqlValue>>[]
}

export interface UpdateIntent {
  readonly kind: 'update'
  readonly model: string
  readonly changes: Readonly<Record<string, SqlValue>>
  readonly where: Condition | null
}

export interface DeleteIntent {
  readonly kind: 'delete'
  readonly model: string
  readonly where: Condition | null
}

/** Rows of a belongsToMany pivot table: edges attached through the owner's relation. */
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

/** `DELETE FROM role_user WHERE user_id = ? [AND role_id = ?]`: edges detached (all of the owner's when no target). */
export interface DetachIntent {
  readonly kind: 'detach'
  readonly owner: string
  readonly relation: string
  readonly ownerId: SqlValue
  readonly targetIds: readonly SqlValue[] | null
}

/** What a statement asks for, independent of SQL: the driver executes it through the ORM. */
export type Intent = SelectIntent | InsertIntent | UpdateIntent | DeleteIntent | AttachIntent | DetachIntent
