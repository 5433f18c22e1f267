import { Module } from '@nestjs/common';

/** Placeholder for the telephony bounded context; its use cases arrive with their issues. */
@Module({})
export class TelephonyModule {}
