import type { AutoScalingClient, UpdateTableInput } from '@dbtooling/dynamo-client'
import type { TableDesign } from '@dbtooling/schema'
import { createTableInput, ttlInput } from '../../table/create-table-input'
import { MigrationUnsupportedError } from '../errors'
import type { MigrationStep, StepAction } from '../plan/types'
import { applyAutoScaling } from './apply-auto-scaling'
import { isUnknownOperation } from './read-live'
import type { MigrationTarget } from './target'

type TableAction = Exclude<StepAction, { kind: 'backfill' | 'cleanup' | 'rekey' | 'rewrite-guards' }>

/** Why the auto-scaling step is skipped on DynamoDB Local (unless `migrate` is given an auto-scaling client). */
export const LOCAL_NO_AUTO_SCALING =
  'DynamoDB Local has no Application Auto Scaling: targets not registered here (on AWS migrate registers them)'

/** What a table step may need besides DynamoDB: the Application Auto Scaling client, null where there is none. */
export interface TableStepServices {
  autoScaling: AutoScalingClient | null
}

async function setAutoScaling(
  target: MigrationTarget,
  design: TableDesign,
  scaling: AutoScalingClient | null,
): Promise<string | null> {
  if (!scaling) return LOCAL_NO_AUTO_SCALING
  const live = await target.client.describeTable({ TableName: target.tableName })
  const indexes = (live.Table?.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName ?? '')
  await applyAutoScaling(scaling, design, target.tableName, indexes.filter(Boolean))
  return null
}

async function setPitr(target: MigrationTarget, enabled: boolean): Promise<string | null> {
  try {
    await target.client.updateContinuousBackups({
      TableName: target.tableName,
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: enabled },
    })
    return null
  } catch (error) {
    if (!isUnknownOperation(error)) throw error
    return 'the endpoint does not implement UpdateContinuousBackups (DynamoDB Local): point-in-time recovery unchanged here'
  }
}

/** CloudWatch Contributor Insights for the table; DynamoDB Local has no such operation, so it is skipped there. */
async function setContributorInsights(target: MigrationTarget, enabled: boolean): Promise<string | null> {
  try {
    await target.client.updateContributorInsights({
      TableName: target.tableName,
      ContributorInsightsAction: enabled ? 'ENABLE' : 'DISABLE',
    })
    return null
  } catch (error) {
    if (!isUnknownOperation(error)) throw error
    return 'the endpoint does not implement UpdateContributorInsights (DynamoDB Local): contributor insights unchanged here'
  }
}

async function update(target: MigrationTarget, input: Omit<UpdateTableInput, 'TableName'>): Promise<void> {
  await target.client.updateTable({ TableName: target.tableName, ...input })
  await target.client.waitForTableActive(target.tableName)
}

async function createIndex(target: MigrationTarget, design: TableDesign, name: string): Promise<void> {
  const full = createTableInput(design, target.tableName)
  const index = full.GlobalSecondaryIndexes?.find((entry) => entry.IndexName === name)
  if (!index)
    throw new MigrationUnsupportedError(`create-gsi:${name}`, `GSI ${name} is not in the design`, 'Re-plan.')
  const keys = new Set(index.KeySchema.map((key) => key.AttributeName))
  // DynamoDB takes one index creation per UpdateTable; the waiter returns once it is ACTIVE (backfilled by AWS).
  await update(target, {
    AttributeDefinitions: full.AttributeDefinitions.filter((definition) =>
      keys.has(definition.AttributeName),
    ),
    GlobalSecondaryIndexUpdates: [{ Create: index }],
  })
}

async function setTtl(target: MigrationTarget, design: TableDesign, previous: string | null): Promise<void> {
  if (previous)
    await target.client.updateTimeToLive({
      TableName: target.tableName,
      TimeToLiveSpecification: { Enabled: false, AttributeName: previous },
    })
  const input = ttlInput(design, target.tableName)
  if (input) await target.client.updateTimeToLive(input)
}

async function setStreams(target: MigrationTarget, streams: TableDesign['streams']): Promise<void> {
  const live = (await target.client.describeTable({ TableName: target.tableName })).Table?.StreamSpecification
  // A view type cannot change in place: turn the stream off first.
  if (live?.StreamEnabled) await update(target, { StreamSpecification: { StreamEnabled: false } })
  if (streams?.enabled)
    await update(target, { StreamSpecification: { StreamEnabled: true, StreamViewType: streams.viewType } })
}

function billingInput(design: TableDesign): Omit<UpdateTableInput, 'TableName'> {
  const billing = design.billing
  if (billing.mode === 'PAY_PER_REQUEST') return { BillingMode: 'PAY_PER_REQUEST' }
  return {
    BillingMode: 'PROVISIONED',
    ProvisionedThroughput: { ReadCapacityUnits: billing.read, WriteCapacityUnits: billing.write },
    GlobalSecondaryIndexUpdates: design.globalIndexes.map((index) => ({
      Update: {
        IndexName: index.name,
        ProvisionedThroughput: {
          ReadCapacityUnits: index.throughput?.read ?? billing.read,
          WriteCapacityUnits: index.throughput?.write ?? billing.write,
        },
      },
    })),
  }
}

async function setTags(
  target: MigrationTarget,
  set: Record<string, string>,
  remove: string[],
): Promise<void> {
  const arn = (await target.client.describeTable({ TableName: target.tableName })).Table?.TableArn ?? ''
  const tags = Object.entries(set).map(([Key, Value]) => ({ Key, Value }))
  if (tags.length > 0) await target.client.tagResource({ ResourceArn: arn, Tags: tags })
  if (remove.length > 0) await target.client.untagResource({ ResourceArn: arn, TagKeys: remove })
}

/**
 * Carries out one table-level step (everything but the scan jobs) and waits until the table is ACTIVE.
 * Resolves the reason when the endpoint cannot carry it out and the step was skipped (DynamoDB Local has no
 * point-in-time recovery or auto scaling), else null. Auto-scaling targets go through `services.autoScaling`.
 */
export async function applyTableStep(
  target: MigrationTarget,
  design: TableDesign,
  entry: MigrationStep,
  services: TableStepServices,
): Promise<string | null> {
  const action = entry.action as TableAction
  if (action.kind === 'update-pitr') return setPitr(target, action.enabled)
  if (action.kind === 'update-contributor-insights') return setContributorInsights(target, action.enabled)
  if (action.kind === 'update-auto-scaling') return setAutoScaling(target, design, services.autoScaling)
  await applyDynamoStep(target, design, entry, action)
  return null
}

async function applyDynamoStep(
  target: MigrationTarget,
  design: TableDesign,
  entry: MigrationStep,
  action: Exclude<
    TableAction,
    { kind: 'update-pitr' | 'update-auto-scaling' | 'update-contributor-insights' }
  >,
): Promise<void> {
  switch (action.kind) {
    case 'create-table':
      await target.client.createTable(createTableInput(design, target.tableName))
      await target.client.waitForTableActive(target.tableName)
      return
    case 'create-gsi':
      return createIndex(target, design, action.index)
    case 'delete-gsi':
      return update(target, { GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: action.index } }] })
    case 'update-ttl':
      return setTtl(target, design, action.previous)
    case 'update-streams':
      return setStreams(target, action.streams)
    case 'update-deletion-protection':
      return update(target, { DeletionProtectionEnabled: action.enabled })
    case 'update-table-class':
      return update(target, { TableClass: action.tableClass })
    case 'update-billing':
      return update(target, billingInput(design))
    case 'update-tags':
      return setTags(target, action.set, action.remove)
    case 'lsi-change':
      throw new MigrationUnsupportedError(
        entry.id,
        `${entry.what}: not carried out in place by this version`,
        entry.why,
      )
  }
}
