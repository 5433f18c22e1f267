import 'reflect-metadata';
import { runEntryPoint } from '@leadline/shared-kernel';
import { createWorker } from './bootstrap.js';

await runEntryPoint(createWorker);
