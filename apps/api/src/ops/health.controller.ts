import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Response } from 'express';
import { JobQueue, withTimeout } from '@leadline/shared-kernel';
import { Public } from '../http/auth.js';
import { ApiNoDependencyProblem } from '../http/openapi.js';

class LiveView {
  @ApiProperty({ enum: ['ok'] }) status!: string;
}

class ReadinessChecksView {
  @ApiProperty({ enum: ['up', 'down'] }) postgres!: string;
  @ApiProperty({ enum: ['up', 'down'] }) redis!: string;
}

class ReadinessView {
  @ApiProperty({ enum: ['ok', 'unavailable'] }) status!: string;
  @ApiProperty({ type: ReadinessChecksView }) checks!: ReadinessChecksView;
}

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
  @ApiOperation({ summary: 'PostgreSQL and Redis are reachable (503 otherwise)' })
  @ApiOkResponse({
    type: ReadinessView,
    description: 'PostgreSQL and Redis both answered within 1 s',
    example: { status: 'ok', checks: { postgres: 'up', redis: 'up' } },
  })
  @ApiServiceUnavailableResponse({
    type: ReadinessView,
    description: 'A dependency is down: `checks` says which',
    example: { status: 'unavailable', checks: { postgres: 'up', redis: 'down' } },
  })
  @ApiNoDependencyProblem()
  async ready(@Res({ passthrough: true }) res: Response) {
    const [postgres, redis] = await Promise.all([
      check(() => this.em.fork().execute('select 1')),
      check(() => this.jobs.ping()),
    ]);
    const ok = postgres === 'up' && redis === 'up';
    res.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'unavailable', checks: { postgres, redis } };
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
