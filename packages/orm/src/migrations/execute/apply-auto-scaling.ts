import type { AutoScalingClient, ScalableTarget } from '@dbtooling/dynamo-client'
import type { TableDesign } from '@dbtooling/schema'
import { type ScalingTarget, scalingTargetsOf } from '../plan/diff-aws-settings'

/** Resource ids DescribeScalableTargets takes at most per call. */
const DESCRIBE_BATCH = 50

function metricOf(dimension: string): string {
  return dimension.endsWith('ReadCapacityUnits')
    ? 'DynamoDBReadCapacityUtilization'
    : 'DynamoDBWriteCapacityUtilization'
}

/** The table and each of its GSIs, the design's and the live table's (whose targets may need deregistering). */
function resourcesOf(design: TableDesign, tableName: string, liveIndexes: readonly string[]): string[] {
  const names = new Set([...design.globalIndexes.map((index) => index.name), ...liveIndexes])
  return [`table/${tableName}`, ...[...names].sort().map((name) => `table/${tableName}/index/${name}`)]
}

async function registered(
  scaling: AutoScalingClient,
  resources: readonly string[],
): Promise<ScalableTarget[]> {
  const found: ScalableTarget[] = []
  for (let from = 0; from < resources.length; from += DESCRIBE_BATCH) {
    let token: string | undefined
    do {
      const page = await scaling.describeScalableTargets({
        ServiceNamespace: 'dynamodb',
        ResourceIds: resources.slice(from, from + DESCRIBE_BATCH),
        ...(token ? { NextToken: token } : {}),
      })
      found.push(...(page.ScalableTargets ?? []))
      token = page.NextToken
    } while (token)
  }
  return found
}

async function register(scaling: AutoScalingClient, target: ScalingTarget): Promise<void> {
  const id = {
    ServiceNamespace: 'dynamodb',
    ResourceId: target.resourceId,
    ScalableDimension: target.dimension,
  }
  // Both calls are idempotent: a target or policy that exists is updated in place.
  await scaling.registerScalableTarget({ ...id, MinCapacity: target.min, MaxCapacity: target.max })
  const metric = metricOf(target.dimension)
  await scaling.putScalingPolicy({
    ...id,
    PolicyName: metric,
    PolicyType: 'TargetTrackingScaling',
    TargetTrackingScalingPolicyConfiguration: {
      TargetValue: target.target,
      PredefinedMetricSpecification: { PredefinedMetricType: metric },
    },
  })
}

/**
 * Brings the table's Application Auto Scaling targets to the design: registers each wanted target with
 * its target-tracking policy, then deregisters the table's other DynamoDB targets (which drops their
 * policies). Returns what it did, for the step's report.
 */
export async function applyAutoScaling(
  scaling: AutoScalingClient,
  design: TableDesign,
  tableName: string,
  liveIndexes: readonly string[],
): Promise<{ registered: number; deregistered: number }> {
  const wanted = scalingTargetsOf(design, tableName)
  const existing = await registered(scaling, resourcesOf(design, tableName, liveIndexes))
  for (const target of wanted) await register(scaling, target)
  const keep = new Set(wanted.map((target) => `${target.resourceId} ${target.dimension}`))
  const extra = existing.filter((target) => !keep.has(`${target.ResourceId} ${target.ScalableDimension}`))
  for (const target of extra)
    await scaling.deregisterScalableTarget({
      ServiceNamespace: 'dynamodb',
      ResourceId: target.ResourceId,
      ScalableDimension: target.ScalableDimension,
    })
  return { registered: wanted.length, deregistered: extra.length }
}
