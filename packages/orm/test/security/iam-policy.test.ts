import { defineModel, deriveDesign } from '@dbtooling/schema'
import { describe, expect, it } from 'vitest'
import {
  createOrm,
  enableTenancy,
  iamPolicy,
  Model,
  OPERATION_ACTIONS,
  type PolicyOperation,
  SecurityError,
  withTenant,
} from '../../src/index'
import { localClient, requestRecorder, uniqueTableName } from '../support'

/**
 * Every IAM action of the `dynamodb` service prefix, from the AWS Service Authorization Reference
 * ("Actions, resources, and condition keys for Amazon DynamoDB"). Transactions have no action of their own.
 */
const DYNAMODB_ACTIONS = new Set(
  `BatchGetItem BatchWriteItem ConditionCheckItem CreateBackup CreateGlobalTable CreateTable CreateTableReplica
  DeleteBackup DeleteItem DeleteResourcePolicy DeleteTable DeleteTableReplica DescribeBackup DescribeContinuousBackups
  DescribeContributorInsights DescribeEndpoints DescribeExport DescribeGlobalTable DescribeGlobalTableSettings
  DescribeImport DescribeKinesisStreamingDestination DescribeLimits DescribeReservedCapacity
  DescribeReservedCapacityOfferings DescribeStream DescribeTable DescribeTableReplicaAutoScaling DescribeTimeToLive
  DisableKinesisStreamingDestination EnableKinesisStreamingDestination ExportTableToPointInTime GetItem
  GetResourcePolicy GetRecords GetShardIterator ImportTable ListBackups ListContributorInsights ListExports
  ListGlobalTables ListImports ListStreams ListTables ListTagsOfResource PartiQLDelete PartiQLInsert PartiQLSelect
  PartiQLUpdate PutItem PutResourcePolicy Query RestoreTableFromAwsBackup RestoreTableFromBackup
  RestoreTableToPointInTime Scan TagResource UntagResource UpdateContinuousBackups UpdateContributorInsights
  UpdateGlobalTable UpdateGlobalTableSettings UpdateGlobalTableVersion UpdateItem UpdateKinesisStreamingDestination
  UpdateTable UpdateTableReplicaAutoScaling UpdateTimeToLive`.split(/\s+/),
)

const user = defineModel({
  name: 'User',
  belongsTo: ['Team'],
  attributes: { email: { type: 'string', unique: true }, teamId: { type: 'string' } },
} as const)
const team = defineModel({
  name: 'Team',
  hasMany: ['User'],
  attributes: { name: { type: 'string' } },
} as const)
const design = deriveDesign([user, team], { tableName: 'app' })

// biome-ignore lint/suspicious/noTemplateCurlyInString: an IAM policy variable, resolved by IAM, not by JavaScript
const TENANT_TAG = '${aws:PrincipalTag/tenant}'

describe('iamPolicy', () => {
  it('grants a read-only service only read actions, on the table and its indexes', () => {
    expect(
      iamPolicy(design, { operations: ['read'], region: 'eu-west-1', account: '111122223333' }),
    ).toMatchInlineSnapshot(`
      {
        "Statement": [
          {
            "Action": [
              "dynamodb:BatchGetItem",
              "dynamodb:GetItem",
              "dynamodb:Query",
            ],
            "Effect": "Allow",
            "Resource": [
              "arn:aws:dynamodb:eu-west-1:111122223333:table/app",
              "arn:aws:dynamodb:eu-west-1:111122223333:table/app/index/GSI1",
              "arn:aws:dynamodb:eu-west-1:111122223333:table/app/index/GSI2",
            ],
            "Sid": "Items",
          },
        ],
        "Version": "2012-10-17",
      }
    `)
  })

  it('gives write-only code paths no index ARNs, and admin paths a separate table statement', () => {
    const policy = iamPolicy(design, {
      operations: ['write', 'batchWrite', 'migrate'],
      kmsKeyArn: 'arn:aws:kms:eu-west-1:1:key/k',
    })
    expect(policy).toMatchInlineSnapshot(`
      {
        "Statement": [
          {
            "Action": [
              "dynamodb:BatchWriteItem",
              "dynamodb:ConditionCheckItem",
              "dynamodb:DeleteItem",
              "dynamodb:GetItem",
              "dynamodb:PutItem",
              "dynamodb:Query",
              "dynamodb:UpdateItem",
            ],
            "Effect": "Allow",
            "Resource": [
              "arn:aws:dynamodb:*:*:table/app",
              "arn:aws:dynamodb:*:*:table/app/index/GSI1",
              "arn:aws:dynamodb:*:*:table/app/index/GSI2",
            ],
            "Sid": "Items",
          },
          {
            "Action": [
              "dynamodb:CreateTable",
              "dynamodb:DescribeTable",
              "dynamodb:DescribeTimeToLive",
              "dynamodb:UpdateContributorInsights",
              "dynamodb:UpdateTable",
              "dynamodb:UpdateTimeToLive",
            ],
            "Effect": "Allow",
            "Resource": [
              "arn:aws:dynamodb:*:*:table/app",
            ],
            "Sid": "Table",
          },
          {
            "Action": [
              "kms:Decrypt",
              "kms:GenerateDataKey",
            ],
            "Effect": "Allow",
            "Resource": [
              "arn:aws:kms:eu-west-1:1:key/k",
            ],
            "Sid": "FieldEncryption",
          },
        ],
        "Version": "2012-10-17",
      }
    `)
    const writeOnly = iamPolicy(design, { operations: ['write'] })
    expect(writeOnly.Statement[0]?.Resource).toEqual(['arn:aws:dynamodb:*:*:table/app'])
  })

  it('pins a tenant to its partition prefix with dynamodb:LeadingKeys', () => {
    const policy = iamPolicy(design, {
      operations: ['read', 'write', 'transaction'],
      tenant: { id: TENANT_TAG },
    })
    expect(policy.Statement).toHaveLength(1)
    expect(policy.Statement[0]?.Condition).toEqual({
      'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`TENANT#${TENANT_TAG}#*`] },
    })
  })

  it('refuses operations a LeadingKeys condition cannot pin, and unknown operations, with hints', () => {
    for (const operation of ['scan', 'partiql', 'export', 'migrate'] as const) {
      const error = (() => {
        try {
          iamPolicy(design, { operations: ['read', operation], tenant: { id: 'acme' } })
        } catch (caught) {
          return caught
        }
      })()
      expect(error).toBeInstanceOf(SecurityError)
      expect((error as SecurityError).code).toBe('INVALID_SECURITY_OPTIONS')
    }
    expect(() => iamPolicy(design, { operations: ['delete' as PolicyOperation] })).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_OPERATION', hint: expect.stringContaining('read, write') }),
    )
  })

  it('produces valid policy JSON whose every action is a real DynamoDB or KMS action', () => {
    const all = Object.keys(OPERATION_ACTIONS) as PolicyOperation[]
    const policy = JSON.parse(
      JSON.stringify(iamPolicy(design, { operations: all, kmsKeyArn: 'arn:aws:kms:*:*:key/k' })),
    )
    expect(Object.keys(policy).sort()).toEqual(['Statement', 'Version'])
    expect(policy.Version).toBe('2012-10-17')
    const sids = new Set<string>()
    for (const statement of policy.Statement) {
      expect(Object.keys(statement).sort()).toEqual(['Action', 'Effect', 'Resource', 'Sid'])
      expect(statement.Effect).toBe('Allow')
      expect(sids.has(statement.Sid)).toBe(false)
      sids.add(statement.Sid)
      for (const resource of statement.Resource)
        expect(resource).toMatch(/^arn:aws:(dynamodb|kms):[^:]*:[^:]*:(table|key)\//)
      for (const action of statement.Action) {
        const [service, name] = action.split(':')
        if (service === 'kms') expect(['Decrypt', 'GenerateDataKey']).toContain(name)
        else expect(DYNAMODB_ACTIONS.has(name), action).toBe(true)
      }
    }
    for (const actions of Object.values(OPERATION_ACTIONS))
      for (const action of actions) expect(DYNAMODB_ACTIONS.has(action), action).toBe(true)
  })

  it('the LeadingKeys pattern matches every partition key a prefix-tenant ORM writes on DynamoDB Local', async () => {
    const recorder = requestRecorder()
    const tableName = uniqueTableName('iam')
    const orm = createOrm({
      models: [user, team],
      client: localClient([recorder]),
      design: { tableName },
      setDefault: false,
    })
    await orm.createTable()
    try {
      enableTenancy(orm, { strategy: 'prefix' })
      const User = Model(user, orm)
      recorder.clear()
      await withTenant('acme', async () => {
        const created = await User.create({ email: 'a@acme.test', teamId: 't1' })
        await User.find(created.id)
        await User.query().where('teamId', 't1').get()
      })
      const pattern = iamPolicy(orm.design, { operations: ['read', 'write'], tenant: { id: 'acme' } })
        .Statement[0]!.Condition!['ForAllValues:StringLike']!['dynamodb:LeadingKeys']![0]!
      const glob = new RegExp(`^${pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('\\*', '.*')}$`)
      const leading = recorder.requests.flatMap(
        (request) => JSON.stringify(request.input).match(/"(TENANT#[^"]*)"/g) ?? [],
      )
      expect(leading.length).toBeGreaterThan(3)
      for (const key of leading) expect(key.slice(1, -1)).toMatch(glob)
      // every partition key written (table and GSIs), not only those that look tenant-prefixed
      const partitionKeys = recorder.requests.flatMap((request) =>
        [...JSON.stringify(request.input).matchAll(/"(?:pk|gsi\d+pk)":\{"S":"([^"]*)"\}/g)].map(
          (match) => match[1],
        ),
      )
      expect(partitionKeys.length).toBeGreaterThan(2)
      for (const key of partitionKeys) expect(key).toMatch(glob)
    } finally {
      await orm.dropTable()
    }
  })
})
