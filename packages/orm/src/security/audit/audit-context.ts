import type { OrmContext } from '../../context'
import type { WritePlan } from '../../write/plan'
import { withAudit } from './audit-plan'

/** Attributes an audit record never holds by value: the entity's encrypted and masked ones. */
export function hiddenAttributes(ctx: OrmContext, entity: string): ReadonlySet<string> {
  const compiled = ctx.entity(entity)
  const encrypted = Object.values(compiled.design.attributes).filter((attribute) => attribute.encrypted)
  return new Set([...compiled.maskedAttributes, ...encrypted.map((attribute) => attribute.name)])
}

/**
 * The plan with its audit records (same transaction) when the ORM audits, else the plan itself. Every
 * plan-based write calls this before it is sent or split into transactions (audit Puts count toward the
 * 100-action limit).
 */
export function auditedPlan(ctx: OrmContext, plan: WritePlan): WritePlan {
  const audit = ctx.security?.audit
  if (!audit) return plan
  const storage = (entity: string) => ctx.entity(entity).storageAttributes
  return withAudit(ctx.design, audit, plan, storage, (entity) => hiddenAttributes(ctx, entity))
}
