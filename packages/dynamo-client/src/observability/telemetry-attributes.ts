import type { RequestEvent } from '../middleware/types'
import type { TelemetryAttributes } from './otel-types'
import { indexOf, type RequestAnnotation } from './request-summary'

/**
 * Attributes every span and metric point carries. Both the current (`db.system.name` = `aws.dynamodb`) and
 * the older (`db.system` = `dynamodb`) database conventions are set, since backends still key on either.
 */
export function requestAttributes(
  event: RequestEvent,
  annotation: RequestAnnotation | undefined,
): TelemetryAttributes {
  const attributes: TelemetryAttributes = {
    'db.system': 'dynamodb',
    'db.system.name': 'aws.dynamodb',
    'db.operation.name': event.operation,
    'rpc.system': 'aws-api',
    'rpc.service': 'DynamoDB',
    'rpc.method': event.operation,
  }
  if (event.tableName !== undefined) attributes['db.collection.name'] = event.tableName
  const index = indexOf(event.input)
  if (index !== undefined) attributes['aws.dynamodb.index_name'] = index
  if (annotation?.entity !== undefined) attributes['dbtooling.entity'] = annotation.entity
  return attributes
}
