import type { ModelBase } from '../model/model-base'
import type { QueryBuilder } from '../query/builder'
import { type BucketUnit, bucketOf, bucketsBetween } from './buckets'

type Attributes = Record<string, unknown>
type Query = QueryBuilder<Attributes, ModelBase>

/**
 * A model class as the helpers use it (any `Model(def)` class or `orm.model(name)`).
 *
 * @example
 * ```ts
 * const model: SeriesModel = Reading
 * const series = timeSeries(model, { time: 'at', bucketField: 'day', bucket: 'day' })
 * ```
 */
export interface SeriesModel {
  create(attributes: never): Promise<unknown>
  query(): unknown
}

/**
 * Options of `timeSeries`: the time attribute, the attribute holding its bucket, and the bucket size.
 *
 * @example
 * ```ts
 * const options: TimeSeriesOptions = { time: 'at', bucketField: 'day', bucket: 'day' }
 * const series = timeSeries(Reading, options)
 * ```
 */
export interface TimeSeriesOptions {
  /** Attribute holding the moment (ISO string), e.g. `at`. */
  readonly time: string
  /** Attribute the bucket is written to; the model's pk template must contain it (`READING#{sensorId}#{bucket}`). */
  readonly bucketField: string
  readonly bucket: BucketUnit
}

/**
 * Options of a time series `range`: the order and the most rows to return.
 *
 * @example
 * ```ts
 * const options: RangeOptions = { order: 'desc', limit: 100 }
 * const readings = await series.range({ sensorId: 's1' }, '2026-03-01', '2026-03-07', options)
 * ```
 */
export interface RangeOptions {
  /** `desc` reads the newest bucket first (and sorts within buckets newest first). */
  readonly order?: 'asc' | 'desc'
  /** Stop once this many rows were read (later buckets are not queried at all). */
  readonly limit?: number
}

/**
 * Time-bucketed partitions for high-volume entities: writes carry their bucket so each partition holds
 * one key's hour/day/month; range reads fan out over the buckets in order, one Query per bucket, and
 * stop early once `limit` rows are read.
 *
 * @example
 * ```ts
 * const series = timeSeries(Reading, { time: 'at', bucketField: 'day', bucket: 'day' })
 * await series.create({ sensorId: 's1', at: new Date().toISOString(), value: 21.5 })
 * const week = await series.range({ sensorId: 's1' }, '2026-03-01', '2026-03-07')
 * ```
 */
export function timeSeries(model: SeriesModel, options: TimeSeriesOptions) {
  const withBucket = (attributes: Attributes): Attributes => ({
    ...attributes,
    [options.bucketField]: bucketOf(attributes[options.time] as string, options.bucket),
  })
  return {
    bucketOf: (value: Date | string | number) => bucketOf(value, options.bucket),
    /** Creates the item in the bucket of its time attribute. */
    create(attributes: Attributes): Promise<ModelBase> {
      return model.create(withBucket(attributes) as never) as Promise<ModelBase>
    },
    /** Rows whose time lies in [from, to], where `where` names the rest of the partition key. */
    async range(where: Attributes, from: string, to: string, range: RangeOptions = {}): Promise<ModelBase[]> {
      const buckets = bucketsBetween(from, to, options.bucket)
      if (range.order === 'desc') buckets.reverse()
      const out: ModelBase[] = []
      for (const bucket of buckets) {
        const remaining = range.limit === undefined ? null : range.limit - out.length
        if (remaining !== null && remaining <= 0) break
        let query = (model.query() as Query).where({ ...where, [options.bucketField]: bucket })
        query = query.where(options.time, 'between', [from, to] as never)
        if (range.order === 'desc') query = query.orderBy(options.time, 'desc')
        if (remaining !== null) query = query.limit(remaining)
        out.push(...(await query.get()))
      }
      return out
    },
  }
}
