import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  APP_CONFIG, NotFoundError, retryOnStaleVersion, UnitOfWork, type AppConfig, type CommandContext,
} from '@leadline/shared-kernel';
import { CALL_REPOSITORY, withCallNumbers, type Call, type CallDetails, type CallRepository } from '../../domain/index.js';

export class UpdateCallCommand extends Command<Call> {
  constructor(
    readonly context: CommandContext,
    readonly callId: string,
    /** Fields to set; undefined leaves a field as it is (PUT passes every field). */
    readonly changes: Partial<CallDetails>,
    /** From If-Match: when given, a newer stored version is a 409 rather than a silent retry. */
    readonly expectedVersion?: number,
  ) {
    super();
  }
}

@CommandHandler(UpdateCallCommand)
export class UpdateCallHandler implements ICommandHandler<UpdateCallCommand> {
  constructor(
    @Inject(CALL_REPOSITORY) private readonly calls: CallRepository,
    private readonly uow: UnitOfWork,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  execute({ context, callId, changes, expectedVersion }: UpdateCallCommand): Promise<Call> {
    const details = withCallNumbers(changes, this.config.defaultPhoneRegion);
    const attempt = () => this.uow.run(async () => {
      const call = await this.calls.find(context.tenantId, callId);
      if (!call) throw new NotFoundError('call', callId);
      call.assertVersion(expectedVersion);
      if (call.update(details)) await this.calls.save(call, context);
      return call;
    });
    return expectedVersion === undefined ? retryOnStaleVersion(attempt) : attempt();
  }
}
