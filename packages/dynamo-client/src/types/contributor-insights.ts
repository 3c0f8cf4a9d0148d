/**
 * What contributor insights records: every accessed and throttled key, or only the throttled ones.
 *
 * @example
 * ```ts
 * const mode: ContributorInsightsMode = 'THROTTLED_KEYS'
 * ```
 */
export type ContributorInsightsMode = 'ACCESSED_AND_THROTTLED_KEYS' | 'THROTTLED_KEYS'

/**
 * Where contributor insights stands for a table or index.
 *
 * @example
 * ```ts
 * const { ContributorInsightsStatus } = await client.describeContributorInsights({ TableName: 'app' })
 * const on: boolean = ContributorInsightsStatus === 'ENABLED'
 * ```
 */
export type ContributorInsightsStatus = 'ENABLING' | 'ENABLED' | 'DISABLING' | 'DISABLED' | 'FAILED'

/**
 * Input of UpdateContributorInsights: turns CloudWatch Contributor Insights on or off for a table, or for
 * one of its global secondary indexes when `IndexName` is given.
 *
 * @example
 * ```ts
 * const input: UpdateContributorInsightsInput = { TableName: 'app', ContributorInsightsAction: 'ENABLE' }
 * ```
 */
export interface UpdateContributorInsightsInput {
  TableName: string
  IndexName?: string
  ContributorInsightsAction: 'ENABLE' | 'DISABLE'
  ContributorInsightsMode?: ContributorInsightsMode
}

/**
 * Output of UpdateContributorInsights: the status the change moved to (usually `ENABLING` or `DISABLING`).
 *
 * @example
 * ```ts
 * const { ContributorInsightsStatus }: UpdateContributorInsightsOutput = await client.updateContributorInsights({
 *   TableName: 'app',
 *   ContributorInsightsAction: 'ENABLE',
 * })
 * ```
 */
export interface UpdateContributorInsightsOutput {
  TableName?: string
  IndexName?: string
  ContributorInsightsStatus?: ContributorInsightsStatus
  ContributorInsightsMode?: ContributorInsightsMode
}

/**
 * Input of DescribeContributorInsights: the table (or its index) whose contributor insights to read.
 *
 * @example
 * ```ts
 * const input: DescribeContributorInsightsInput = { TableName: 'app' }
 * ```
 */
export interface DescribeContributorInsightsInput {
  TableName: string
  IndexName?: string
}

/**
 * Output of DescribeContributorInsights: the status, the rules CloudWatch keeps and the last failure.
 *
 * @example
 * ```ts
 * const out: DescribeContributorInsightsOutput = await client.describeContributorInsights({ TableName: 'app' })
 * if (out.ContributorInsightsStatus === 'FAILED') console.error(out.FailureException?.ExceptionDescription)
 * ```
 */
export interface DescribeContributorInsightsOutput {
  TableName?: string
  IndexName?: string
  ContributorInsightsRuleList?: string[]
  ContributorInsightsStatus?: ContributorInsightsStatus
  ContributorInsightsMode?: ContributorInsightsMode
  LastUpdateDateTime?: number
  FailureException?: { ExceptionName?: string; ExceptionDescription?: string }
}
