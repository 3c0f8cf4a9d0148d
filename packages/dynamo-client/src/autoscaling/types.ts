/**
 * Application Auto Scaling shapes (AWS JSON 1.1, target prefix `AnyScaleFrontendService`), limited to what
 * DynamoDB capacity scaling uses. Field names are the service's own.
 *
 * @example
 * ```ts
 * const dimension: ScalableDimension = 'dynamodb:index:WriteCapacityUnits'
 * await autoscaling.send('RegisterScalableTarget', { ServiceNamespace: 'dynamodb', ResourceId: 'table/app/index/gsi1', ScalableDimension: dimension, MinCapacity: 5, MaxCapacity: 100 })
 * ```
 */
export type ScalableDimension =
  | 'dynamodb:table:ReadCapacityUnits'
  | 'dynamodb:table:WriteCapacityUnits'
  | 'dynamodb:index:ReadCapacityUnits'
  | 'dynamodb:index:WriteCapacityUnits'

/**
 * `dynamodb` for tables and indexes; the service scales other namespaces too, typed loosely.
 *
 * @example
 * ```ts
 * const namespace: ServiceNamespace = 'dynamodb'
 * await autoscaling.send('DescribeScalableTargets', { ServiceNamespace: namespace })
 * ```
 */
export type ServiceNamespace = 'dynamodb' | (string & {})

/**
 * Input of RegisterScalableTarget: the table or index (`ResourceId`) and dimension to scale, with its capacity bounds.
 *
 * @example
 * ```ts
 * const input: RegisterScalableTargetInput = {
 *   ServiceNamespace: 'dynamodb',
 *   ResourceId: 'table/app',
 *   ScalableDimension: 'dynamodb:table:ReadCapacityUnits',
 *   MinCapacity: 5,
 *   MaxCapacity: 500,
 * }
 * await autoscaling.send('RegisterScalableTarget', input)
 * ```
 */
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

/**
 * Output of RegisterScalableTarget: the ARN of the scalable target.
 *
 * @example
 * ```ts
 * const { ScalableTargetARN }: RegisterScalableTargetOutput = await autoscaling.send('RegisterScalableTarget', input)
 * ```
 */
export interface RegisterScalableTargetOutput {
  ScalableTargetARN?: string
}

/**
 * A target-tracking policy: keep consumed capacity at `TargetValue` percent of provisioned capacity.
 *
 * @example
 * ```ts
 * const policy: TargetTrackingScalingPolicyConfiguration = {
 *   TargetValue: 70,
 *   PredefinedMetricSpecification: { PredefinedMetricType: 'DynamoDBReadCapacityUtilization' },
 *   ScaleInCooldown: 60,
 *   ScaleOutCooldown: 60,
 * }
 * ```
 */
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

/**
 * Input of PutScalingPolicy: attaches a (target-tracking) scaling policy to a registered scalable target.
 *
 * @example
 * ```ts
 * const input: PutScalingPolicyInput = {
 *   PolicyName: 'app-read-scaling',
 *   ServiceNamespace: 'dynamodb',
 *   ResourceId: 'table/app',
 *   ScalableDimension: 'dynamodb:table:ReadCapacityUnits',
 *   PolicyType: 'TargetTrackingScaling',
 *   TargetTrackingScalingPolicyConfiguration: { TargetValue: 70, PredefinedMetricSpecification: { PredefinedMetricType: 'DynamoDBReadCapacityUtilization' } },
 * }
 * await autoscaling.send('PutScalingPolicy', input)
 * ```
 */
export interface PutScalingPolicyInput {
  PolicyName: string
  ServiceNamespace: ServiceNamespace
  ResourceId: string
  ScalableDimension: ScalableDimension | (string & {})
  PolicyType?: 'TargetTrackingScaling' | 'StepScaling' | (string & {})
  TargetTrackingScalingPolicyConfiguration?: TargetTrackingScalingPolicyConfiguration
}

/**
 * Output of PutScalingPolicy: the policy's ARN and the CloudWatch alarms created for it.
 *
 * @example
 * ```ts
 * const { PolicyARN, Alarms }: PutScalingPolicyOutput = await autoscaling.send('PutScalingPolicy', input)
 * console.log(PolicyARN, Alarms?.map((alarm) => alarm.AlarmName))
 * ```
 */
export interface PutScalingPolicyOutput {
  PolicyARN?: string
  Alarms?: Array<{ AlarmName?: string; AlarmARN?: string }>
}

/**
 * Input of DescribeScalableTargets: the scalable targets of a namespace, optionally limited to some resources and one dimension.
 *
 * @example
 * ```ts
 * const input: DescribeScalableTargetsInput = { ServiceNamespace: 'dynamodb', ResourceIds: ['table/app', 'table/app/index/gsi1'] }
 * const { ScalableTargets } = await autoscaling.send('DescribeScalableTargets', input)
 * ```
 */
export interface DescribeScalableTargetsInput {
  ServiceNamespace: ServiceNamespace
  /** Up to 50 resource ids; all of the namespace when absent. */
  ResourceIds?: string[]
  ScalableDimension?: ScalableDimension | (string & {})
  MaxResults?: number
  NextToken?: string
}

/**
 * One registered scalable target as DescribeScalableTargets returns it: resource, dimension and capacity bounds.
 *
 * @example
 * ```ts
 * const target: ScalableTarget = {
 *   ServiceNamespace: 'dynamodb',
 *   ResourceId: 'table/app',
 *   ScalableDimension: 'dynamodb:table:ReadCapacityUnits',
 *   MinCapacity: 5,
 *   MaxCapacity: 500,
 * }
 * ```
 */
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

/**
 * Output of DescribeScalableTargets: one page of targets, and a NextToken while more remain.
 *
 * @example
 * ```ts
 * const page: DescribeScalableTargetsOutput = await autoscaling.send('DescribeScalableTargets', { ServiceNamespace: 'dynamodb' })
 * for (const target of page.ScalableTargets ?? []) console.log(target.ResourceId, target.MinCapacity, target.MaxCapacity)
 * ```
 */
export interface DescribeScalableTargetsOutput {
  ScalableTargets?: ScalableTarget[]
  NextToken?: string
}

/**
 * Input of DeregisterScalableTarget: stops scaling one dimension of a table or index (its policies go with it).
 *
 * @example
 * ```ts
 * const input: DeregisterScalableTargetInput = { ServiceNamespace: 'dynamodb', ResourceId: 'table/app', ScalableDimension: 'dynamodb:table:WriteCapacityUnits' }
 * await autoscaling.send('DeregisterScalableTarget', input)
 * ```
 */
export interface DeregisterScalableTargetInput {
  ServiceNamespace: ServiceNamespace
  ResourceId: string
  ScalableDimension: ScalableDimension | (string & {})
}

/**
 * Output of DeregisterScalableTarget: an empty object.
 *
 * @example
 * ```ts
 * const output: DeregisterScalableTargetOutput = await autoscaling.send('DeregisterScalableTarget', input) // {}
 * ```
 */
export type DeregisterScalableTargetOutput = Record<string, never>

/**
 * Input and output of each operation the client sends, by wire name.
 *
 * @example
 * ```ts
 * type RegisterInput = AutoScalingOperations['RegisterScalableTarget'][0] // RegisterScalableTargetInput
 * type RegisterOutput = AutoScalingOperations['RegisterScalableTarget'][1] // RegisterScalableTargetOutput
 * ```
 */
export interface AutoScalingOperations {
  RegisterScalableTarget: [RegisterScalableTargetInput, RegisterScalableTargetOutput]
  PutScalingPolicy: [PutScalingPolicyInput, PutScalingPolicyOutput]
  DescribeScalableTargets: [DescribeScalableTargetsInput, DescribeScalableTargetsOutput]
  DeregisterScalableTarget: [DeregisterScalableTargetInput, DeregisterScalableTargetOutput]
}

/**
 * The name of an Application Auto Scaling operation the client can send; AutoScalingError.autoScalingOperation is one.
 *
 * @example
 * ```ts
 * const operation: AutoScalingOperation = 'DescribeScalableTargets'
 * const output = await autoscaling.send(operation, { ServiceNamespace: 'dynamodb' })
 * ```
 */
export type AutoScalingOperation = keyof AutoScalingOperations
