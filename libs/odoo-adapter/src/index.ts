export { OdooAdapterModule } from './odoo-adapter.module.js';
