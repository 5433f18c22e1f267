export * from './domain/index.js';
export * from './application/connect-odoo/connect-odoo.js';
export * from './application/resync/resync-odoo.js';
export * from './application/mirrors/odoo-mirrors.js';
export { OdooJsonRpcClient, type OdooConnection } from './infrastructure/odoo-json-rpc.client.js';
export * from './application/sync-lead/sync-odoo-lead.job.js';
export { OdooAdapterModule } from './odoo-adapter.module.js';
