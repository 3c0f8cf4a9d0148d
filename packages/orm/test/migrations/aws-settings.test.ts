import { DynamoClient, type Transport, type TransportRequest } from '@dbtooling/dynamo-client'
import type { TableDesign } from '@dbtooling/schema'
import { afterAll, describe, expect, it } from 'vitest'
import {
  createOrm,
  designHash,
  isMigrationError,
  migrate,
  migrationStatus,
  planMigration,
  planToText,
} from '../../src/index'
import { createTableInput } from '../../src/table/create-table-input'
import { localClient, uniqueTableName } from '../support'
import { design, Team, Widget } from './fixtures'
import { liveOf } from './live-fixture'

const provisioned = {
  mode: 'PROVISIONED',
  read: 5,
  write: 5,
  autoScaling: { minRead: 5, maxRead: 50, minWrite: 5, maxWrite: 20, targetUtilization: 70 },
} as const

describe('point-in-time recovery and auto scaling in the plan', () => {
  const v1 = design([Team, Widget])

  it('plans update-pitr against the live table, or the recorded design when live does not say', () => {
    const next = design([Team, Widget], { pointInTimeRecovery: true })
    const plan = planMigration(v1, next, liveOf(v1, { pointInTimeRecovery: false }))
    expect(plan.steps.map((step) => step.id)).toEqual(['update-pitr'])
    expect(plan.steps[0]).toMatchObject({ action: { kind: 'update-pitr', enabled: true }, executable: true })
    // DynamoDB Local answers no DescribeContinuousBackups: the recorded design is the reference.
    expect(planMigration(next, next, liveOf(v1, { pointInTimeRecovery: null })).steps).toEqual([])
    expect(planMigration(v1, next, liveOf(v1, { pointInTimeRecovery: null })).steps).toHaveLength(1)
    // Designs without the setting keep their hash.
    expect(designHash(design([Team, Widget], { pointInTimeRecovery: false }))).toBe(designHash(v1))
  })

  it('plans auto-scaling targets of the table and every GSI, not run in place, with no UpdateTable', () => {
    const before = design([Team, Widget], { billing: { ...provisioned, autoScaling: null } })
    const after = design([Team, Widget], { billing: provisioned })
    const plan = planMigration(before, after, liveOf(before))
    expect(plan.steps.map((step) => step.id)).toEqual(['update-auto-scaling'])
    const text = planToText(plan)
    expect(text).toContain('table/plan-test ReadCapacityUnits 5-50 at 70 %')
    expect(text).toContain('table/plan-test/index/GSI2 WriteCapacityUnits 5-20 at 70 %')
    expect(text).toContain('NOT RUN IN PLACE')
  })
})

/** A stand-in for AWS: answers each operation from `answers` and records what was sent. */
function cannedAws(answers: (target: string, body: Record<string, unknown>) => unknown): Transport & {
  sent: Array<{ target: string; body: Record<string, unknown> }>
} {
  const sent: Array<{ target: string; body: Record<string, unknown> }> = []
  return {
    kind: 'canned',
    sent,
    async send(request: TransportRequest) {
      const target = String(request.headers['x-amz-target']).split('.')[1]!
      const body = JSON.parse(request.body) as Record<string, unknown>
      sent.push({ target, body })
      return { statusCode: 200, requestId: 'canned', body: JSON.stringify(answers(target, body) ?? {}) }
    },
    async close() {},
  }
}

function describeAnswer(applied: TableDesign) {
  const input = createTableInput(applied)
  return {
    Table: {
      ...input,
      TableStatus: 'ACTIVE',
      TableArn: `arn:aws:dynamodb:eu-west-1:123456789012:table/${applied.tableName}`,
      ItemCount: 0,
      BillingModeSummary: { BillingMode: input.BillingMode },
      GlobalSecondaryIndexes: input.GlobalSecondaryIndexes?.map((index) => ({
        ...index,
        IndexStatus: 'ACTIVE',
      })),
    },
  }
}

/** An AWS table on which `applied` was migrated, with point-in-time recovery off. */
function awsWith(applied: TableDesign) {
  const hash = designHash(applied)
  return cannedAws((target, body) => {
    if (target === 'DescribeTable') return describeAnswer(applied)
    if (target === 'DescribeTimeToLive') return { TimeToLiveDescription: { TimeToLiveStatus: 'DISABLED' } }
    if (target === 'ListTagsOfResource') return { Tags: [] }
    if (target === 'DescribeContinuousBackups' || target === 'UpdateContinuousBackups') {
      const enabled = target === 'UpdateContinuousBackups'
      const status = enabled ? 'ENABLED' : 'DISABLED'
      return {
        ContinuousBackupsDescription: {
          ContinuousBackupsStatus: 'ENABLED',
          PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: status },
        },
      }
    }
    if (target === 'GetItem') {
      const sort = (body.Key as { sk: { S: string } }).sk.S
      const key = { pk: { S: '_migrations' }, sk: { S: sort } }
      if (sort === 'STATE') return { Item: { ...key, hash: { S: hash }, appliedAt: { S: 'then' } } }
      if (sort === `DESIGN#${hash}`) return { Item: { ...key, design: { S: JSON.stringify(applied) } } }
    }
    if (target === 'Query') return { Items: [], Count: 0 }
    return {}
  })
}

function awsOrm(models: Parameters<typeof createOrm>[0]['models'], transport: Transport, options = {}) {
  const client = new DynamoClient({
    region: 'eu-west-1',
    endpoint: 'https://dynamodb.eu-west-1.amazonaws.com',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    transport,
    maxRetries: 0,
  })
  return createOrm({ models, client, design: { tableName: 'app', ...options }, setDefault: false })
}

describe('on AWS (canned responses)', () => {
  it('sends UpdateContinuousBackups to turn point-in-time recovery on', async () => {
    const applied = awsOrm(
      [Team, Widget],
      cannedAws(() => ({})),
    ).design
    const aws = awsWith(applied)
    const orm = awsOrm([Team, Widget], aws, { pointInTimeRecovery: true })
    const result = await migrate(orm)
    expect(result.plan.steps.map((step) => step.id)).toEqual(['update-pitr'])
    expect(result.skipped).toEqual([])
    expect(aws.sent.filter((request) => request.target === 'UpdateContinuousBackups')).toEqual([
      {
        target: 'UpdateContinuousBackups',
        body: { TableName: 'app', PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } },
      },
    ])
    expect(aws.sent.map((request) => request.target)).toContain('DescribeContinuousBackups')
  })

  it('refuses auto-scaling targets before any step, naming the AWS CLI commands to run instead', async () => {
    const applied = awsOrm(
      [Team, Widget],
      cannedAws(() => ({})),
      {
        billing: { ...provisioned, autoScaling: null },
      },
    ).design
    const aws = awsWith(applied)
    const orm = awsOrm([Team, Widget], aws, { billing: provisioned, pointInTimeRecovery: true })
    const error = await migrate(orm).catch((caught: unknown) => caught)
    expect(isMigrationError(error) && error.code).toBe('MIGRATION_UNSUPPORTED')
    const hint = (error as { hint: string }).hint
    expect(hint).toContain(
      'aws application-autoscaling register-scalable-target --service-namespace dynamodb --resource-id table/app --scalable-dimension dynamodb:table:ReadCapacityUnits --min-capacity 5 --max-capacity 50',
    )
    expect(hint).toContain(
      '--resource-id table/app/index/GSI1 --scalable-dimension dynamodb:index:WriteCapacityUnits',
    )
    expect(hint).toContain('"TargetValue":70')
    const writes = aws.sent.filter((request) => !/^(Describe|List|GetItem|Query)/.test(request.target))
    expect(writes).toEqual([])
  })
})

describe('on DynamoDB Local', { timeout: 60_000 }, () => {
  const tableName = uniqueTableName('orm-aws-settings')
  const orm = createOrm({
    models: [Team, Widget],
    client: localClient(),
    design: { tableName, pointInTimeRecovery: true, billing: provisioned },
    setDefault: false,
  })
  afterAll(() => orm.dropTable())

  it('applies the rest and reports point-in-time recovery and auto scaling as skipped', async () => {
    const result = await migrate(orm)
    expect(result.applied).toBe(true)
    expect(result.plan.steps.map((step) => step.id)).toEqual([
      'create-table',
      'update-pitr',
      'update-auto-scaling',
    ])
    expect(result.skipped.map((entry) => entry.step)).toEqual(['update-pitr', 'update-auto-scaling'])
    expect(result.skipped[0]!.reason).toContain('UpdateContinuousBackups')
    expect(result.skipped[1]!.reason).toContain('Application Auto Scaling')
    const status = await migrationStatus(orm)
    expect(status.applied?.hash).toBe(designHash(orm.design))
    // The recorded design says PITR is on; Local cannot say otherwise, so nothing is pending.
    expect(status.pending.steps).toEqual([])
  })
})
