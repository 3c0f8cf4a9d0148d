#!/usr/bin/env node
import * as nodeModule from 'node:module'

// Node 22.1+ can keep V8's compiled code of every module on disk between runs (a large part of a CLI's
// start-up is compiling its code and the libraries'); Node 20 has no such cache, so this is feature-detected.
const compileCache = nodeModule as { enableCompileCache?: () => unknown }
compileCache.enableCompileCache?.()

// Loaded after the cache is on, so that every module the command needs is compiled through it.
void import('./main')
