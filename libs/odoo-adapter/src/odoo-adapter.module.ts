import { Module } from '@nestjs/common';

/** Placeholder for the odoo-adapter bounded context; its use cases arrive with their issues. */
@Module({})
export class OdooAdapterModule {}
