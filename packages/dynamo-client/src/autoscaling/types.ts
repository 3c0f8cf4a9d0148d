/**
 * Application Auto Scaling shapes (AWS JSON 1.1, target prefix `AnyScaleFrontendService`), limited to what
 * DynamoDB capacity scaling uses. Field names are the service's own.
 */
export type ScalableDimension =
  | 'dynamodb:table:ReadCapacityUnits'
  | 'dynamodb:table:WriteCapacityUnits'
  | 'dynamodb:index:ReadCapacityUnits'
  | 'dynamodb:index:WriteCapacityUnits'

/** `dynamodb` for tables and indexes; the service scales other namespaces too, typed loosely. */
export type ServiceNamespace = 'dynamodb' | (string & {})

export interface RegisterScalableTargetInput {
  ServiceNamespace: ServiceNamespace
  /** `table/<name>` or `table/<name>/index/<index>`. */
  ResourceId: string
  ScalableDimension: ScalableDimension | (string & {})
  MinCapacity?: number
  MaxCapacity?: number
  RoleARN?: string
  SuspendedState?: {
    DynamicScalingInSuspended?: boolean
    DynamicScalingOutSuspended?: boolean
    ScheduledScalingSuspended?: boolean
  }
  Tags?: Record<string, string>
}

export interface RegisterScalableTargetOutput {
  ScalableTargetARN?: string
}

export interface TargetTrackingScalingPolicyConfiguration {
  /** Target utilisation in percent (20-90 for DynamoDB). */
  TargetValue: number
  PredefinedMetricSpecification?: {
    PredefinedMetricType:
      | 'DynamoDBReadCapacityUtilization'
      | 'DynamoDBWriteCapacityUtilization'
      | (string & {})
    ResourceLabel?: string
  }
  ScaleOutCooldown?: number
  ScaleInCooldown?: number
  DisableScaleIn?: boolean
}

export interface PutScalingPolicyInput {
  PolicyName: string
  ServiceNamespace: ServiceNamespace
  ResourceId: string
  ScalableDimension: ScalableDimension | (string & {})
  PolicyType?: 'TargetTrackingScaling' | 'StepScaling' | (string & {})
  TargetTrackingScalingPolicyConfiguration?: TargetTrackingScalingPolicyConfiguration
}

export interface PutScalingPolicyOutput {
  PolicyARN?: string
  Alarms?: Array<{ AlarmName?: string; AlarmARN?: string }>
}

export interface DescribeScalableTargetsInput {
  ServiceNamespace: ServiceNamespace
  /** Up to 50 resource ids; all of the namespace when absent. */
  ResourceIds?: string[]
  ScalableDimension?: ScalableDimension | (string & {})
  MaxResults?: number
  NextToken?: string
}

export interface ScalableTarget {
  ServiceNamespace: string
  ResourceId: string
  ScalableDimension: string
  MinCapacity: number
  MaxCapacity: number
  RoleARN?: string
  /** Epoch seconds. */
  CreationTime?: number
  ScalableTargetARN?: string
}

export interface DescribeScalableTargetsOutput {
  ScalableTargets?: ScalableTarget[]
  NextToken?: string
}

export interface DeregisterScalableTargetInput {
  ServiceNamespace: ServiceNamespace
  ResourceId: string
  ScalableDimension: ScalableDimension | (string & {})
}

export type DeregisterScalableTargetOutput = Record<string, never>

/** Input and output of each operation the client sends, by wire name. */
export interface AutoScalingOperations {
  RegisterScalableTarget: [RegisterScalableTargetInput, RegisterScalableTargetOutput]
  PutScalingPolicy: [PutScalingPolicyInput, PutScalingPolicyOutput]
  DescribeScalableTargets: [DescribeScalableTargetsInput, DescribeScalableTargetsOutput]
  DeregisterScalableTarget: [DeregisterScalableTargetInput, DeregisterScalableTargetOutput]
}

export type AutoScalingOperation = keyof AutoScalingOperations
