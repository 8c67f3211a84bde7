#!/usr/bin/env node
import nodeModule from 'node:module';

// Node 22.1+ keeps V8's compiled code between runs (in the system temp folder), which shortens
// every start after the first; Node 20 has no such call, and then this does nothing. Called
// here, before the first module of the program is loaded, so that all of them are cached.
nodeModule.enableCompileCache?.();
await import('../dist/main.js');
