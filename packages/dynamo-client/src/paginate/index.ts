export { listAllTables, type PaginateOptions, paginateQuery, paginateScan } from './paginate'
export { type ParallelScanOptions, type ParallelScanPage, parallelScan } from './parallel-scan'
