import {
  AutoScalingClient,
  DynamoClient,
  isAutoScalingError,
  type Transport,
  type TransportRequest,
} from '@dbtooling/dynamo-client'
import type { TableDesign } from '@dbtooling/schema'
import { afterAll, describe, expect, it } from 'vitest'
import { createOrm, designHash, migrate, migrationStatus, planMigration, planToText } from '../../src/index'
import { createTableInput } from '../../src/table/create-table-input'
import { localClient, uniqueTableName } from '../support'
import { design, Owner, Team, Widget, WidgetOwned } from './fixtures'
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

  it('plans auto-scaling targets of the table and every GSI as one executable step, with no UpdateTable', () => {
    const before = design([Team, Widget], { billing: { ...provisioned, autoScaling: null } })
    const after = design([Team, Widget], { billing: provisioned })
    const plan = planMigration(before, after, liveOf(before))
    expect(plan.steps.map((step) => step.id)).toEqual(['update-auto-scaling'])
    const text = planToText(plan)
    expect(text).toContain('table/plan-test ReadCapacityUnits 5-50 at 70 %')
    expect(text).toContain('table/plan-test/index/GSI2 WriteCapacityUnits 5-20 at 70 %')
    expect(text).not.toContain('NOT RUN IN PLACE')
    expect(plan.steps[0]!.executable).toBe(true)
  })

  it('orders auto scaling after a new GSI is created and before a removed one is deleted', () => {
    const before = design([Team, Widget], { billing: provisioned })
    const after = design([Team, Owner, WidgetOwned], { billing: provisioned })
    const grow = planMigration(before, after, liveOf(before)).steps.map((step) => step.id)
    expect(grow.indexOf('update-auto-scaling')).toBeGreaterThan(
      grow.findIndex((id) => id.startsWith('create-gsi:')),
    )
    const shrink = planMigration(after, before, liveOf(after)).steps.map((step) => step.id)
    expect(shrink.indexOf('update-auto-scaling')).toBeLessThan(
      shrink.findIndex((id) => id.startsWith('delete-gsi:')),
    )
  })
})

/** A stand-in for AWS: answers each operation from `answers` and records what was sent. */
function cannedAws(
  answers: (target: string, body: Record<string, unknown>) => unknown,
  failures: Record<string, { status: number; type: string; message: string }> = {},
): Transport & {
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
      const failure = failures[target]
      if (failure)
        return {
          statusCode: failure.status,
          requestId: 'canned',
          body: JSON.stringify({ __type: failure.type, message: failure.message }),
        }
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

const SCALING = new Set([
  'RegisterScalableTarget',
  'PutScalingPolicy',
  'DescribeScalableTargets',
  'DeregisterScalableTarget',
])

/**
 * An AWS table on which `applied` was migrated, with point-in-time recovery off and `targets` registered
 * in Application Auto Scaling; `failures` answer an operation with an error.
 */
function awsWith(
  applied: TableDesign,
  targets: Array<{ ResourceId: string; ScalableDimension: string }> = [],
  failures: Record<string, { status: number; type: string; message: string }> = {},
) {
  const hash = designHash(applied)
  return cannedAws((target, body) => {
    if (target === 'DescribeScalableTargets')
      return {
        ScalableTargets: targets
          .filter((entry) => (body.ResourceIds as string[]).includes(entry.ResourceId))
          .map((entry) => ({ ...entry, ServiceNamespace: 'dynamodb', MinCapacity: 1, MaxCapacity: 2 })),
      }
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
  }, failures)
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

  it('sends UpdateContributorInsights to turn contributor insights on, and off again', async () => {
    const applied = awsOrm(
      [Team, Widget],
      cannedAws(() => ({})),
    ).design
    const aws = awsWith(applied)
    const on = awsOrm([Team, Widget], aws, { contributorInsights: true })
    const result = await migrate(on)
    expect(result.plan.steps.map((step) => [step.id, step.executable])).toEqual([
      ['update-contributor-insights', true],
    ])
    expect(result.skipped).toEqual([])
    const sent = () => aws.sent.filter((request) => request.target === 'UpdateContributorInsights')
    expect(sent()).toEqual([
      {
        target: 'UpdateContributorInsights',
        body: { TableName: 'app', ContributorInsightsAction: 'ENABLE' },
      },
    ])
    const offAws = awsWith(on.design)
    const off = awsOrm([Team, Widget], offAws, { contributorInsights: false })
    expect((await migrate(off)).plan.steps.map((step) => step.action)).toEqual([
      { kind: 'update-contributor-insights', enabled: false },
    ])
    expect(offAws.sent.filter((request) => request.target === 'UpdateContributorInsights')).toEqual([
      {
        target: 'UpdateContributorInsights',
        body: { TableName: 'app', ContributorInsightsAction: 'DISABLE' },
      },
    ])
  })

  it('registers every target with its target-tracking policy through Application Auto Scaling and deregisters the others', async () => {
    const applied = awsOrm(
      [Team, Widget],
      cannedAws(() => ({})),
      {
        billing: { ...provisioned, autoScaling: null },
      },
    ).design
    const aws = awsWith(applied, [
      // Registered already (by hand, say): registered again with the design's bounds, not deregistered.
      { ResourceId: 'table/app', ScalableDimension: 'dynamodb:table:ReadCapacityUnits' },
      // Another table's target: never described, never touched.
      { ResourceId: 'table/other', ScalableDimension: 'dynamodb:table:ReadCapacityUnits' },
    ])
    const orm = awsOrm([Team, Widget], aws, { billing: provisioned })
    const result = await migrate(orm)
    expect(result.plan.steps.map((step) => step.id)).toEqual(['update-auto-scaling'])
    expect(result.skipped).toEqual([])
    const scaling = aws.sent.filter((request) => SCALING.has(request.target))
    expect(scaling[0]).toEqual({
      target: 'DescribeScalableTargets',
      body: {
        ServiceNamespace: 'dynamodb',
        ResourceIds: ['table/app', 'table/app/index/GSI1', 'table/app/index/GSI2'],
      },
    })
    const registered = scaling.filter((request) => request.target === 'RegisterScalableTarget')
    expect(
      registered.map((request) => `${request.body.ResourceId} ${request.body.ScalableDimension}`),
    ).toEqual([
      'table/app dynamodb:table:ReadCapacityUnits',
      'table/app dynamodb:table:WriteCapacityUnits',
      'table/app/index/GSI1 dynamodb:index:ReadCapacityUnits',
      'table/app/index/GSI1 dynamodb:index:WriteCapacityUnits',
      'table/app/index/GSI2 dynamodb:index:ReadCapacityUnits',
      'table/app/index/GSI2 dynamodb:index:WriteCapacityUnits',
    ])
    expect(registered[0]!.body).toEqual({
      ServiceNamespace: 'dynamodb',
      ResourceId: 'table/app',
      ScalableDimension: 'dynamodb:table:ReadCapacityUnits',
      MinCapacity: 5,
      MaxCapacity: 50,
    })
    expect(registered[1]!.body).toMatchObject({ MinCapacity: 5, MaxCapacity: 20 })
    const policies = scaling.filter((request) => request.target === 'PutScalingPolicy')
    expect(policies).toHaveLength(6)
    expect(policies[1]!.body).toEqual({
      ServiceNamespace: 'dynamodb',
      ResourceId: 'table/app',
      ScalableDimension: 'dynamodb:table:WriteCapacityUnits',
      PolicyName: 'DynamoDBWriteCapacityUtilization',
      PolicyType: 'TargetTrackingScaling',
      TargetTrackingScalingPolicyConfiguration: {
        TargetValue: 70,
        PredefinedMetricSpecification: { PredefinedMetricType: 'DynamoDBWriteCapacityUtilization' },
      },
    })
    expect(scaling.filter((request) => request.target === 'DeregisterScalableTarget')).toEqual([])
    // Auto scaling alone sends no UpdateTable.
    expect(aws.sent.map((request) => request.target)).not.toContain('UpdateTable')
  })

  it('deregisters every target of the table when capacity.autoScaling is removed', async () => {
    const applied = awsOrm(
      [Team, Widget],
      cannedAws(() => ({})),
      { billing: provisioned },
    ).design
    const aws = awsWith(applied, [
      { ResourceId: 'table/app', ScalableDimension: 'dynamodb:table:ReadCapacityUnits' },
      { ResourceId: 'table/app/index/GSI1', ScalableDimension: 'dynamodb:index:WriteCapacityUnits' },
    ])
    const orm = awsOrm([Team, Widget], aws, { billing: { ...provisioned, autoScaling: null } })
    await migrate(orm)
    const scaling = aws.sent.filter((request) => SCALING.has(request.target)).map((request) => request.target)
    expect(scaling).toEqual([
      'DescribeScalableTargets',
      'DeregisterScalableTarget',
      'DeregisterScalableTarget',
    ])
  })

  it('fails the migration with the typed AutoScalingError when the service refuses, and records the failure', async () => {
    const applied = awsOrm(
      [Team, Widget],
      cannedAws(() => ({})),
      {
        billing: { ...provisioned, autoScaling: null },
      },
    ).design
    const aws = awsWith(applied, [], {
      RegisterScalableTarget: { status: 400, type: 'ValidationException', message: 'bad dimension' },
    })
    const orm = awsOrm([Team, Widget], aws, { billing: provisioned })
    const error = await migrate(orm).catch((caught: unknown) => caught)
    expect(isAutoScalingError(error) && error.code).toBe('ValidationException')
    const history = aws.sent.filter(
      (request) => request.target === 'PutItem' && String(JSON.stringify(request.body)).includes('HISTORY#'),
    )
    expect(JSON.stringify(history.at(-1)?.body)).toContain('bad dimension')
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

  it('reports contributor insights as skipped: DynamoDB Local has no UpdateContributorInsights', async () => {
    const insightsTable = uniqueTableName('orm-insights')
    const insights = createOrm({
      models: [Team, Widget],
      client: localClient(),
      design: { tableName: insightsTable, contributorInsights: true },
      setDefault: false,
    })
    try {
      const result = await migrate(insights)
      expect(result.applied).toBe(true)
      expect(result.plan.steps.map((step) => step.id)).toEqual([
        'create-table',
        'update-contributor-insights',
      ])
      expect(result.skipped.map((entry) => entry.step)).toEqual(['update-contributor-insights'])
      expect(result.skipped[0]!.reason).toContain('UpdateContributorInsights')
    } finally {
      await insights.dropTable()
    }
  })

  it('registers the targets through an auto-scaling client passed to migrate, the table itself on DynamoDB Local', async () => {
    const scalingName = uniqueTableName('orm-aws-scaling')
    const scaled = createOrm({
      models: [Team, Widget],
      client: localClient(),
      design: { tableName: scalingName, billing: provisioned },
      setDefault: false,
    })
    const service = cannedAws(() => ({}))
    const autoScaling = new AutoScalingClient({
      region: 'us-east-1',
      endpoint: 'https://application-autoscaling.us-east-1.amazonaws.com',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
      transport: service,
    })
    try {
      const result = await migrate(scaled, { autoScaling })
      expect(result.skipped).toEqual([])
      expect(service.sent.filter((request) => request.target === 'RegisterScalableTarget')).toHaveLength(6)
      expect(service.sent.filter((request) => request.target === 'PutScalingPolicy')).toHaveLength(6)
    } finally {
      await scaled.dropTable()
    }
  })
})
