import type { TableDesign } from '@dbtooling/schema'
import { canonicalJson } from './design-hash'
import type { LiveTable } from './live-table'
import { step } from './step-factory'
import type { MigrationStep } from './types'

/** One Application Auto Scaling target: a table or GSI dimension with its bounds. */
export interface ScalingTarget {
  resourceId: string
  dimension: string
  min: number
  max: number
  /** Target utilisation in percent for the TargetTrackingScaling policy. */
  target: number
}

/** The scalable targets a design asks for: read and write of the table and of every GSI. Pure. */
export function scalingTargetsOf(design: TableDesign, tableName = design.tableName): ScalingTarget[] {
  const billing = design.billing
  if (billing.mode !== 'PROVISIONED' || !billing.autoScaling) return []
  const scaling = billing.autoScaling
  const resources: Array<[string, 'table' | 'index']> = [
    [`table/${tableName}`, 'table'],
    ...design.globalIndexes.map((index): [string, 'index'] => [
      `table/${tableName}/index/${index.name}`,
      'index',
    ]),
  ]
  return resources.flatMap(([resourceId, kind]) => [
    {
      resourceId,
      dimension: `dynamodb:${kind}:ReadCapacityUnits`,
      min: scaling.minRead,
      max: scaling.maxRead,
      target: scaling.targetUtilization,
    },
    {
      resourceId,
      dimension: `dynamodb:${kind}:WriteCapacityUnits`,
      min: scaling.minWrite,
      max: scaling.maxWrite,
      target: scaling.targetUtilization,
    },
  ])
}

function targetsText(targets: readonly ScalingTarget[]): string {
  return targets
    .map(
      (entry) =>
        `${entry.resourceId} ${entry.dimension.split(':')[2]} ${entry.min}-${entry.max} at ${entry.target} %`,
    )
    .join('; ')
}

/**
 * Auto-scaling targets live in another AWS service (Application Auto Scaling): the step registers each
 * wanted target with its target-tracking policy and deregisters the table's others. DynamoDB Local has no
 * auto scaling: there `migrate` skips it and says so in `result.skipped`.
 */
export function autoScalingStep(applied: TableDesign | null, next: TableDesign): MigrationStep | null {
  const wanted = scalingTargetsOf(next)
  const before = applied ? scalingTargetsOf(applied, next.tableName) : []
  if (canonicalJson(wanted) === canonicalJson(before)) return null
  return step(
    'update-auto-scaling',
    { kind: 'update-auto-scaling', enabled: wanted.length > 0 },
    {
      what:
        wanted.length > 0
          ? `Register auto-scaling targets (target tracking): ${targetsText(wanted)}`
          : `Deregister auto-scaling targets: ${targetsText(before)}`,
      why: 'the config changed capacity.autoScaling (or the indexes it covers)',
      inverse: before.length > 0 ? `auto-scaling ${targetsText(before)}` : 'deregister the targets',
    },
    {
      costNote:
        'Application Auto Scaling calls (RegisterScalableTarget and PutScalingPolicy per target, DeregisterScalableTarget for the others); skipped on DynamoDB Local, which has no auto scaling',
    },
  )
}

/** Point-in-time recovery: compared with the live table when it says (DescribeContinuousBackups), else the recorded design. */
export function pitrStep(
  applied: TableDesign | null,
  next: TableDesign,
  live: LiveTable | null,
): MigrationStep | null {
  const wanted = next.pointInTimeRecovery === true
  const current = live?.pointInTimeRecovery ?? applied?.pointInTimeRecovery === true
  if (wanted === current) return null
  return step(
    'update-pitr',
    { kind: 'update-pitr', enabled: wanted },
    {
      what: `${wanted ? 'Enable' : 'Disable'} point-in-time recovery (UpdateContinuousBackups)`,
      why: `the config sets pointInTimeRecovery ${wanted ? 'on' : 'off'}`,
      inverse: `${wanted ? 'disable' : 'enable'} point-in-time recovery`,
    },
    {
      costNote: wanted
        ? 'billed per GB of table and index data on AWS; DynamoDB Local does not implement it (the step is skipped there)'
        : 'the recovery window is lost; DynamoDB Local does not implement it (the step is skipped there)',
    },
  )
}
