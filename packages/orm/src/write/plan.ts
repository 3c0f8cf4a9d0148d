import type { DocumentTransactWriteItem } from '@dbtooling/dynamo-client'

/**
 * What one entry of a plan is for; `executePlan` uses it to turn a failed condition into the right error.
 *
 * @example
 * ```ts
 * const role: WriteRole = plan.roles[0]!
 * if (role.kind === 'entity') console.log(role.entity, role.operation, role.key)
 * ```
 */
export type WriteRole =
  | {
      readonly kind: 'entity'
      readonly entity: string
      readonly operation: 'create' | 'update' | 'delete'
      readonly key: Readonly<Record<string, string>>
      /** The version the write expects when the entity is versioned, else null. */
      readonly expectedVersion: number | null
      /** Attribute holding the version (to read the stored one from a failed write), or null. */
      readonly versionAttribute: string | null
      /**
       * The top-level values an update leaves (`undefined` = removed), so a retry whose condition failed
       * because our own lost first attempt was applied can be told from a real conflict (ambiguous-proof).
       */
      readonly written?: Readonly<Record<string, unknown>>
    }
  | {
      readonly kind: 'guard'
      readonly entity: string
      readonly operation: 'create' | 'delete'
      readonly field: string
      readonly value: unknown
    }
  | { readonly kind: 'check'; readonly entity: string | null }
  /** An edge item of a many-to-many relation of `entity` (see `BelongsToMany.planAttach`). */
  | {
      readonly kind: 'edge'
      readonly entity: string
      readonly relation: string
      readonly operation: 'attach' | 'detach'
    }

/**
 * A write compiled to DynamoDB requests but not sent: the contract between models, query-level writes and
 * transactions. `items[i]`, `describe[i]` and `roles[i]` describe the same entry. Plans can be concatenated
 * (see `mergePlans`) to write several models in one TransactWriteItems.
 *
 * @example
 * ```ts
 * const plan: WritePlan = planDelete(orm.ctx, 'User', storedAttributes)
 * console.log(plan.describe) // e.g. ['delete User USER#u1', 'delete guard User.email ...']
 * ```
 */
export interface WritePlan {
  readonly items: DocumentTransactWriteItem[]
  /** One line per item, e.g. `put User USER#1 (new)`, for explain() and error messages. */
  readonly describe: string[]
  readonly roles: WriteRole[]
}

/**
 * A plan with no actions yet.
 *
 * @example
 * ```ts
 * const plan = emptyPlan()
 * console.log(plan.items.length) // 0
 * ```
 */
export function emptyPlan(): WritePlan {
  return { items: [], describe: [], roles: [] }
}

/**
 * One plan made of several, in order.
 *
 * @example
 * ```ts
 * const both = mergePlans([planCreate(orm.ctx, 'User', user), planCreate(orm.ctx, 'Team', team)])
 * await executePlan(orm.ctx, both) // one TransactWriteItems
 * ```
 */
export function mergePlans(plans: readonly WritePlan[]): WritePlan {
  const merged = emptyPlan()
  for (const plan of plans) {
    merged.items.push(...plan.items)
    merged.describe.push(...plan.describe)
    merged.roles.push(...plan.roles)
  }
  return merged
}

/**
 * Appends one action to a plan, with its description and role (kept in step by index).
 *
 * @example
 * ```ts
 * const plan = emptyPlan()
 * addToPlan(plan, { ConditionCheck: { TableName: orm.tableName, Key: key, ConditionExpression: 'attribute_exists(pk)' } }, 'check Team t1', { kind: 'check', entity: 'Team' })
 * ```
 */
export function addToPlan(
  plan: WritePlan,
  item: DocumentTransactWriteItem,
  describe: string,
  role: WriteRole,
): void {
  plan.items.push(item)
  plan.describe.push(describe)
  plan.roles.push(role)
}
