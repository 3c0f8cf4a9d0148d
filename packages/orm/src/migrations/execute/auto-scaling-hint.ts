import type { TableDesign } from '@dbtooling/schema'
import { scalingTargetsOf } from '../plan/diff-aws-settings'

/**
 * What to run instead, since this version has no Application Auto Scaling client: the AWS CLI commands
 * registering each target and its target-tracking policy (or, with no targets wanted, the way back).
 */
export function autoScalingHint(design: TableDesign): string {
  const targets = scalingTargetsOf(design)
  if (targets.length === 0)
    return `Deregister the table's targets: aws application-autoscaling deregister-scalable-target --service-namespace dynamodb --resource-id table/${design.tableName} --scalable-dimension dynamodb:table:ReadCapacityUnits (and WriteCapacityUnits, and each index), or restore capacity.autoScaling in the config.`
  const commands = targets.map((entry) => {
    const metric = entry.dimension.endsWith('ReadCapacityUnits')
      ? 'DynamoDBReadCapacityUtilization'
      : 'DynamoDBWriteCapacityUtilization'
    const common = `--service-namespace dynamodb --resource-id ${entry.resourceId} --scalable-dimension ${entry.dimension}`
    return [
      `aws application-autoscaling register-scalable-target ${common} --min-capacity ${entry.min} --max-capacity ${entry.max}`,
      `aws application-autoscaling put-scaling-policy ${common} --policy-name ${metric} --policy-type TargetTrackingScaling --target-tracking-scaling-policy-configuration '{"TargetValue":${entry.target},"PredefinedMetricSpecification":{"PredefinedMetricType":"${metric}"}}'`,
    ].join(' && ')
  })
  return `This version cannot call Application Auto Scaling. Register the targets yourself (AWS CLI, CDK or CloudFormation), and remove capacity.autoScaling from the config so migrate stops planning them; the commands: ${commands.join(' ; ')}`
}
