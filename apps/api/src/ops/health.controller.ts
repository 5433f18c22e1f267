import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { TableNotFoundException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Response } from 'express';
import { JobQueue, migrations, withTimeout } from '@leadline/shared-kernel';
import { Public } from '../http/auth.js';
import { ApiNoDependencyProblem } from '../http/openapi.js';

class LiveView {
  @ApiProperty({ enum: ['ok'] }) status!: string;
}

class ReadinessChecksView {
  @ApiProperty({ enum: ['up', 'down', 'not_migrated'], description: 'not_migrated: reachable, but migrations are pending' })
  postgres!: string;

  @ApiProperty({ enum: ['up', 'down'] }) redis!: string;
}

class ReadinessView {
  @ApiProperty({ enum: ['ok', 'unavailable'] }) status!: string;
  @ApiProperty({ type: ReadinessChecksView }) checks!: ReadinessChecksView;
  @ApiPropertyOptional({ example: 'database not migrated: run `npm run migrate`', description: 'What is wrong, when something is' })
  detail?: string;
}

type PostgresState = 'up' | 'down' | 'not_migrated';

const DETAIL: Record<string, string> = {
  not_migrated: 'database not migrated: run `npm run migrate`',
  postgres: 'PostgreSQL did not answer within 1 s',
  redis: 'Redis did not answer within 1 s',
};

@ApiTags('operations')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly em: EntityManager,
    private readonly jobs: JobQueue,
  ) {}

  @Get('live')
  @HttpCode(200)
  @ApiOperation({ summary: 'The process is up' })
  @ApiOkResponse({ type: LiveView, description: 'Always, while the process runs' })
  @ApiNoDependencyProblem()
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({
    summary: 'PostgreSQL (migrated) and Redis are reachable (503 otherwise)',
    description: 'A database whose migrations have not all been applied is not ready: `npm run migrate` applies them.',
  })
  @ApiOkResponse({
    type: ReadinessView,
    description: 'PostgreSQL and Redis both answered within 1 s',
    example: { status: 'ok', checks: { postgres: 'up', redis: 'up' } },
  })
  @ApiServiceUnavailableResponse({
    type: ReadinessView,
    description: 'A dependency is down: `checks` says which',
    example: { status: 'unavailable', checks: { postgres: 'not_migrated', redis: 'up' }, detail: 'database not migrated: run `npm run migrate`' },
  })
  @ApiNoDependencyProblem()
  async ready(@Res({ passthrough: true }) res: Response) {
    const [postgres, redis] = await Promise.all([
      withTimeout(this.postgres(), 1000).catch((): PostgresState => 'down'),
      check(() => this.jobs.ping()),
    ]);
    const ok = postgres === 'up' && redis === 'up';
    res.status(ok ? 200 : 503);
    const detail = postgres === 'not_migrated' ? DETAIL.not_migrated : postgres === 'down' ? DETAIL.postgres
      : redis === 'down' ? DETAIL.redis : undefined;
    return { status: ok ? 'ok' : 'unavailable', checks: { postgres, redis }, ...(detail ? { detail } : {}) };
  }

  /** Reachable, and every migration this build knows has been applied. */
  private async postgres(): Promise<PostgresState> {
    const rows = await this.em.fork().execute<{ name: string }[]>('select name from mikro_orm_migrations')
      .catch((error: unknown) => {
        if (error instanceof TableNotFoundException) return []; // not one migration applied
        throw error;
      });
    const applied = new Set(rows.map((row) => row.name));
    return migrations.every((migration) => applied.has(migration.name)) ? 'up' : 'not_migrated';
  }
}

async function check(probe: () => Promise<unknown>): Promise<'up' | 'down'> {
  try {
    await withTimeout(probe(), 1000);
    return 'up';
  } catch {
    return 'down';
  }
}
