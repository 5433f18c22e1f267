import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createBullBoard } from '@bull-board/api';
import { BullAdapter } from '@bull-board/api/bullAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { NextFunction, Request, Response } from 'express';
import { BullJobQueue, JobQueue, type AppConfig } from '@leadline/shared-kernel';
import { PlatformError, PlatformErrorCodes, sameSecret } from '@leadline/platform';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * bull-board over the Bull queues of the job transport (every lane of the closed set `Queues`), at
 * /admin/queues, for the platform operator only: `X-Admin-Key`, or HTTP Basic with the admin key
 * as the password so a browser can open it. Off unless QUEUE_DASHBOARD=true: it can retry,
 * promote and clean jobs.
 */
export function mountQueueDashboard(app: NestExpressApplication, config: AppConfig): void {
  if (!config.queueDashboard) return;
  const transport = app.get(JobQueue);
  if (!(transport instanceof BullJobQueue)) {
    new Logger('QueueDashboard').warn('QUEUE_DASHBOARD is set, but jobs do not run on Bull in this process: no dashboard');
    return;
  }
  const serverAdapter = new ExpressAdapter().setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({ queues: transport.bullQueues().map((queue) => new BullAdapter(queue)), serverAdapter });
  app.use(QUEUE_DASHBOARD_PATH, operatorOnly(config.platformAdminKey), serverAdapter.getRouter());
}

function operatorOnly(adminKey: string | null) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const basic = /^Basic\s+(\S+)$/i.exec(req.header('authorization') ?? '')?.[1];
    const given = req.header('x-admin-key') ?? (basic ? Buffer.from(basic, 'base64').toString('utf8').split(':').slice(1).join(':') : undefined);
    if (adminKey && given && sameSecret(given, adminKey)) return next();
    res.setHeader('WWW-Authenticate', 'Basic realm="Leadline queues", charset="UTF-8"');
    next(new PlatformError(PlatformErrorCodes.unauthenticated, 'The queue dashboard needs the operator key (X-Admin-Key, or HTTP Basic with it as the password)'));
  };
}
