import type { Tag } from './common'
import type {
  AttributeDefinition,
  BillingMode,
  GlobalSecondaryIndex,
  KeySchemaElement,
  LocalSecondaryIndex,
  OnDemandThroughput,
  Projection,
  ProvisionedThroughput,
  SSESpecification,
  StreamSpecification,
  TableClass,
  TableDescription,
} from './table-description'

export interface CreateTableInput {
  TableName: string
  AttributeDefinitions: AttributeDefinition[]
  KeySchema: KeySchemaElement[]
  BillingMode?: BillingMode | undefined
  ProvisionedThroughput?: ProvisionedThroughput | undefined
  GlobalSecondaryIndexes?: GlobalSecondaryIndex[] | undefined
  LocalSecondaryIndexes?: LocalSecondaryIndex[] | undefined
  StreamSpecification?: StreamSpecification | undefined
  SSESpecification?: SSESpecification | undefined
  Tags?: Tag[] | undefined
  TableClass?: TableClass | undefined
  DeletionProtectionEnabled?: boolean | undefined
  OnDemandThroughput?: OnDemandThroughput | undefined
}

export interface CreateTableOutput {
  TableDescription?: TableDescription | undefined
}

export interface DeleteTableInput {
  TableName: string
}

export interface DeleteTableOutput {
  TableDescription?: TableDescription | undefined
}

export interface DescribeTableInput {
  TableName: string
}

export interface DescribeTableOutput {
  Table?: TableDescription | undefined
}

export interface ListTablesInput {
  ExclusiveStartTableName?: string | undefined
  Limit?: number | undefined
}

export interface ListTablesOutput {
  TableNames?: string[] | undefined
  LastEvaluatedTableName?: string | undefined
}

export type GlobalSecondaryIndexUpdate =
  | {
      Create: {
        IndexName: string
        KeySchema: KeySchemaElement[]
        Projection: Projection
        ProvisionedThroughput?: ProvisionedThroughput | undefined
        OnDemandThroughput?: OnDemandThroughput | undefined
      }
    }
  | {
      Update: {
        IndexName: string
        ProvisionedThroughput?: ProvisionedThroughput | undefined
        OnDemandThroughput?: OnDemandThroughput | undefined
      }
    }
  | { Delete: { IndexName: string } }

export interface UpdateTableInput {
  TableName: string
  AttributeDefinitions?: AttributeDefinition[] | undefined
  BillingMode?: BillingMode | undefined
  ProvisionedThroughput?: ProvisionedThroughput | undefined
  GlobalSecondaryIndexUpdates?: GlobalSecondaryIndexUpdate[] | undefined
  StreamSpecification?: StreamSpecification | undefined
  SSESpecification?: SSESpecification | undefined
  TableClass?: TableClass | undefined
  DeletionProtectionEnabled?: boolean | undefined
  OnDemandThroughput?: OnDemandThroughput | undefined
}

export interface UpdateTableOutput {
  TableDescription?: TableDescription | undefined
}

export interface TimeToLiveSpecification {
  Enabled: boolean
  AttributeName: string
}

export interface UpdateTimeToLiveInput {
  TableName: string
  TimeToLiveSpecification: TimeToLiveSpecification
}

export interface UpdateTimeToLiveOutput {
  TimeToLiveSpecification?: TimeToLiveSpecification | undefined
}

export interface DescribeTimeToLiveInput {
  TableName: string
}

export interface DescribeTimeToLiveOutput {
  TimeToLiveDescription?: {
    TimeToLiveStatus?: 'ENABLING' | 'DISABLING' | 'ENABLED' | 'DISABLED' | undefined
    AttributeName?: string | undefined
  }
}

export interface TagResourceInput {
  ResourceArn: string
  Tags: Tag[]
}

export type TagResourceOutput = Record<string, never>

export interface UntagResourceInput {
  ResourceArn: string
  TagKeys: string[]
}

export type UntagResourceOutput = Record<string, never>

export interface ListTagsOfResourceInput {
  ResourceArn: string
  NextToken?: string | undefined
}

export interface ListTagsOfResourceOutput {
  Tags?: Tag[] | undefined
  NextToken?: string | undefined
}
