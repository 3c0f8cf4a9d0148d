import type { ConfigIssue } from './errors'
import { makeIssue } from './issues'
import type { ParsedConfig } from './schema'
import { MAX_GSIS, MAX_LSIS } from './schema-table'

/** Throughput settings only make sense on a provisioned table. */
export function checkCapacity(config: ParsedConfig): ConfigIssue[] {
  const { capacity } = config
  const issues: ConfigIssue[] = []
  if (capacity.billingMode === 'PAY_PER_REQUEST') {
    for (const key of ['read', 'write', 'autoScaling'] as const) {
      if (capacity[key] === null) continue
      issues.push(onDemand(`capacity.${key}`, capacity[key]))
    }
    config.globalSecondaryIndexes.forEach((index, position) => {
      for (const key of ['read', 'write'] as const) {
        if (index[key] !== null)
          issues.push(onDemand(`globalSecondaryIndexes[${position}].${key}`, index[key]))
      }
    })
  }
  const scaling = capacity.autoScaling
  if (scaling && scaling.min > scaling.max) {
    issues.push(
      makeIssue(
        'AUTOSCALING_RANGE',
        'capacity.autoScaling.min',
        scaling.min,
        `capacity.autoScaling.min (${scaling.min}) is greater than capacity.autoScaling.max (${scaling.max})`,
        'make min <= max',
      ),
    )
  }
  return issues
}

function onDemand(path: string, value: unknown): ConfigIssue {
  return makeIssue(
    'CAPACITY_WITH_ON_DEMAND',
    path,
    value,
    `${path} is set but capacity.billingMode is 'PAY_PER_REQUEST' (on-demand tables have no provisioned throughput)`,
    `remove ${path}, or set capacity.billingMode to 'PROVISIONED'`,
  )
}

/** DynamoDB's hard limits: 20 GSIs and 5 LSIs per table. */
export function checkIndexLimits(config: ParsedConfig): ConfigIssue[] {
  const issues: ConfigIssue[] = []
  const explicit = config.globalSecondaryIndexes.length
  const overloaded = config.singleTableDesign.gsiCount === 'auto' ? 0 : config.singleTableDesign.gsiCount
  if (explicit + overloaded > MAX_GSIS) {
    const path = overloaded > 0 ? 'singleTableDesign.gsiCount' : 'globalSecondaryIndexes'
    issues.push(
      makeIssue(
        'TOO_MANY_GSIS',
        path,
        overloaded > 0 ? overloaded : explicit,
        `${overloaded} overloaded GSIs plus ${explicit} explicit GSIs exceed DynamoDB's limit of ${MAX_GSIS} per table`,
        `lower singleTableDesign.gsiCount (or use 'auto') or remove explicit indexes; overloaded GSIs can serve several access patterns each`,
      ),
    )
  }
  const locals = config.localSecondaryIndexes.length
  if (locals > MAX_LSIS) {
    issues.push(
      makeIssue(
        'TOO_MANY_LSIS',
        'localSecondaryIndexes',
        locals,
        `${locals} local secondary indexes exceed DynamoDB's limit of ${MAX_LSIS} per table`,
        `keep at most ${MAX_LSIS} LSIs; move other sort orders to GSIs`,
      ),
    )
  }
  return issues
}
