import { DynamoClient } from '@dbtooling/dynamo-client'
import { expectTypeOf } from 'vitest'
import {
  type CoalescingStats,
  coalescingStatsOf,
  createOrm,
  type ResultCacheStats,
  readPathFor,
} from '../../src/index'
import { memberDefinition } from './models'

const orm = createOrm({
  models: [memberDefinition],
  options: { coalescing: { window: 5, maxBatchSize: 50 } },
})
expectTypeOf(orm.cache.stats()).toEqualTypeOf<ResultCacheStats>()
expectTypeOf(orm.cache.clear()).toEqualTypeOf<void>()
expectTypeOf(coalescingStatsOf(orm)).toEqualTypeOf<CoalescingStats | null>()
expectTypeOf(
  readPathFor(new DynamoClient(), orm.design, null, { coalescing: false }),
).toEqualTypeOf<DynamoClient>()

createOrm({ models: [memberDefinition], options: { coalescing: false } })
// @ts-expect-error the window is 'tick', 'microtask' or milliseconds
createOrm({ models: [memberDefinition], options: { coalescing: { window: 'soon' } } })
// @ts-expect-error caching is configured through queryBuilder.caching, not an ORM option
createOrm({ models: [memberDefinition], options: { caching: true } })
