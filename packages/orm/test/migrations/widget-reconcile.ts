import type { DynamoClient } from '@dbtooling/dynamo-client'
import { createOrm } from '../../src/index'
import { reconcileSpec } from '../../src/migrations/backfill/reconcile-item'
import { Team, Widget, WidgetByColor } from './fixtures'

/**
 * One table seen through the old models (`v1`: Widget without the by-color index) and the new ones (`v2`:
 * WidgetByColor, GSI3), the backfill spec that gives widgets their GSI3 keys, and widget w1's key and reader.
 */
export function widgetReconcile(client: DynamoClient, tableName: string) {
  const v1 = createOrm({ models: [Team, Widget], client, design: { tableName }, setDefault: false })
  const v2 = createOrm({ models: [Team, WidgetByColor], client, design: { tableName }, setDefault: false })
  const spec = reconcileSpec(v2.design, tableName, {
    indexes: ['GSI3'],
    attributes: ['gsi3pk', 'gsi3sk'],
    entities: ['Widget'],
  })
  const key = { pk: 'WIDGET#w1', sk: 'WIDGET#w1' }
  const read = async () => (await v1.doc.get({ TableName: tableName, Key: key, ConsistentRead: true })).Item!
  return { v1, v2, spec, key, read }
}
