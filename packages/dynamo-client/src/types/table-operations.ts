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
  BillingMode?: BillingMode
  ProvisionedThroughput?: ProvisionedThroughput
  GlobalSecondaryIndexes?: GlobalSecondaryIndex[]
  LocalSecondaryIndexes?: LocalSecondaryIndex[]
  StreamSpecification?: StreamSpecification
  SSESpecification?: SSESpecification
  Tags?: Tag[]
  TableClass?: TableClass
  DeletionProtectionEnabled?: boolean
  OnDemandThroughput?: OnDemandThroughput
}

export interface CreateTableOutput {
  TableDescription?: TableDescription
}

export interface DeleteTableInput {
  TableName: string
}

export interface DeleteTableOutput {
  TableDescription?: TableDescription
}

export interface DescribeTableInput {
  TableName: string
}

export interface DescribeTableOutput {
  Table?: TableDescription
}

export interface ListTablesInput {
  ExclusiveStartTableName?: string
  Limit?: number
}

export interface ListTablesOutput {
  TableNames?: string[]
  LastEvaluatedTableName?: string
}

export type GlobalSecondaryIndexUpdate =
  | {
      Create: {
        IndexName: string
        KeySchema: KeySchemaElement[]
        Projection: Projection
        ProvisionedThroughput?: ProvisionedThroughput
        OnDemandThroughput?: OnDemandThroughput
      }
    }
  | {
      Update: {
        IndexName: string
        ProvisionedThroughput?: ProvisionedThroughput
        OnDemandThroughput?: OnDemandThroughput
      }
    }
  | { Delete: { IndexName: string } }

export interface UpdateTableInput {
  TableName: string
  AttributeDefinitions?: AttributeDefinition[]
  BillingMode?: BillingMode
  ProvisionedThroughput?: ProvisionedThroughput
  GlobalSecondaryIndexUpdates?: GlobalSecondaryIndexUpdate[]
  StreamSpecification?: StreamSpecification
  SSESpecification?: SSESpecification
  TableClass?: TableClass
  DeletionProtectionEnabled?: boolean
  OnDemandThroughput?: OnDemandThroughput
}

export interface UpdateTableOutput {
  TableDescription?: TableDescription
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
  TimeToLiveSpecification?: TimeToLiveSpecification
}

export interface DescribeTimeToLiveInput {
  TableName: string
}

export interface DescribeTimeToLiveOutput {
  TimeToLiveDescription?: {
    TimeToLiveStatus?: 'ENABLING' | 'DISABLING' | 'ENABLED' | 'DISABLED'
    AttributeName?: string
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
  NextToken?: string
}

export interface ListTagsOfResourceOutput {
  Tags?: Tag[]
  NextToken?: string
}
