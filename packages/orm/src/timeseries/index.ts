export { type BucketUnit, bucketOf, bucketsBetween } from './buckets'
export { type ShardingOptions, sharded, shardOf } from './sharding'
export { type RangeOptions, type SeriesModel, type TimeSeriesOptions, timeSeries } from './time-series'
