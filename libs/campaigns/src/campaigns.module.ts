import { Module } from '@nestjs/common';

/** Placeholder for the campaigns bounded context; its use cases arrive with their issues. */
@Module({})
export class CampaignsModule {}
