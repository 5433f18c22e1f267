import { Injectable, type NestMiddleware } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';
import { BODY_LIMIT_BYTES, parseBody } from './body.middleware.js';

export const WEBHOOK_PATH_PREFIX = '/api/v1/webhooks/';
/** Recording e-mails carry the audio; mail servers commonly accept up to 25 MB. */
export const EMAIL_LIMIT_BYTES = 25 * 1024 * 1024;

// extended: false keeps repeated keys (Twilio's StatusCallbackEvent) as arrays and builds no nested objects.
const parseForm = express.urlencoded({
  limit: BODY_LIMIT_BYTES, extended: false, inflate: false, type: 'application/x-www-form-urlencoded',
});
const parseEmail = express.raw({ limit: EMAIL_LIMIT_BYTES, inflate: false, type: 'message/rfc822' });

/**
 * Providers post webhooks form-encoded (Zadarma, Twilio) and recording e-mails arrive as raw
 * message/rfc822, under the same policy as JSON bodies (see body.middleware.ts). Runs before
 * JsonBodyMiddleware, which leaves a body parsed here alone; other content types fall through to
 * it (and its 415).
 */
@Injectable()
export class WebhookBodyMiddleware implements NestMiddleware {
  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    if (!req.originalUrl.startsWith(WEBHOOK_PATH_PREFIX)) return next();
    if (req.is('application/x-www-form-urlencoded')) await parseBody(parseForm, BODY_LIMIT_BYTES, req, res);
    else if (req.is('message/rfc822')) await parseBody(parseEmail, EMAIL_LIMIT_BYTES, req, res);
    next();
  }
}
