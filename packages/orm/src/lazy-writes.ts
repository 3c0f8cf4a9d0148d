// The code behind the lazyCalls of the write path (saves, deletes, atomic writes, batch writes, transactions),
// in one module so that the build makes it one chunk: a read-only process (createOrm, find, where().get())
// never compiles it (bench --suite import).
// Re-exporting from the package entry makes every eagerly loaded module reachable from this chunk too, so the
// build keeps them in one shared chunk instead of one chunk per combination of lazy modules that use them.

export { batchWrite } from './batch/write-entries'
export { VERSION as eagerGraph } from './index'
export { eagerLoad, findWithTree } from './loading/eager-load'
export { filterByExistence, loadCounts } from './loading/existence'
export { finishRows } from './loading/finish-rows'
export { loadRelation } from './loading/load-relation'
export { deleteModel, forceDeleteModel, restoreModel } from './model/lifecycle'
export { insertModel, updateModel } from './model/persist'
export { deleteMatching, updateMatching } from './query/execute/query-writes'
export { loadBelongsTo } from './relations/belongs-to'
export { readEdges } from './relations/edge-query'
export { attachEdges, detachEdges, syncEdges, toggleEdges, updatePivot } from './relations/edge-writes'
export { fetchRelation } from './relations/fetch-relation'
export { loadManyToMany } from './relations/load-many-to-many'
export { ancestors, descendants, getTree } from './relations/tree'
export { transaction } from './transaction/run-transaction'
export { sendTransaction } from './transaction/send-transaction'
export { executePlan } from './write/execute-plan'
export { addToSet, appendToList, prependToList, removeFromList, removeFromSet } from './write-ops/collections'
export { decrement, increment } from './write-ops/counters'
export { deleteByKey } from './write-ops/delete-by-key'
export { insert, insertMany } from './write-ops/insert'
export { prepareDelete, prepareInsert, prepareUpdate } from './write-ops/prepare'
export { removeAttribute } from './write-ops/remove-attribute'
export { upsert } from './write-ops/upsert'
